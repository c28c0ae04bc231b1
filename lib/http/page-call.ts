import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { AppError } from './errors';

/**
 * Runs a service for a server-rendered page: an unknown (or hidden) resource becomes the 404 page, a refusal the
 * 403 page; any other AppError (bad filters, say) comes back for the page to explain; anything else throws.
 */
export async function forPage<T>(run: () => Promise<T>): Promise<T | AppError> {
  try {
    return await run();
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    if (err.code === 'not_found') notFound();
    if (err.code === 'forbidden') forbidden();
    return err;
  }
}
