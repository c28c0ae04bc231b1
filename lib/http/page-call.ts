import 'server-only';
import { notFound } from 'next/navigation';
import { AppError } from './errors';

/**
 * Runs a service for a server-rendered page: an unknown (or hidden) resource becomes the 404 page, any other
 * refusal comes back as the AppError for the page to explain; everything else is a real failure and throws.
 */
export async function forPage<T>(run: () => Promise<T>): Promise<T | AppError> {
  try {
    return await run();
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    if (err.code === 'not_found') notFound();
    return err;
  }
}
