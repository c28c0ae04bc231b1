import { Readable } from 'node:stream';
import { PRIVATE_NO_STORE } from './route';

/** A file the browser saves rather than shows: private, never cached, named. A Node stream is sent as it is read. */
export function fileDownload(body: Readable | ReadableStream | string, filename: string, contentType: string): Response {
  const content = body instanceof Readable ? (Readable.toWeb(body) as ReadableStream) : body;
  return new Response(content, {
    headers: { 'Content-Type': contentType, 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': PRIVATE_NO_STORE },
  });
}
