/**
 * What the data commands share: the database to work on, or, when a running server holds the embedded one,
 * a stream from that server over its operator socket (lib/transfer/operator-socket.ts).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { env } from '@/lib/env';
import { getDatabase, type Database } from '@/lib/db/client';
import { DataDirLockedError } from '@/lib/db/data-dir-lock';
import { migrateDatabase } from '@/lib/db/migrate';
import { operatorSocketPath } from '@/lib/transfer/operator-socket';

/**
 * The database, migrated (a new DATA_DIR is an empty publication to import into), or null when a running server
 * has the embedded one open: then ask it with `fromServer`.
 */
export async function openOrNull(): Promise<Database | null> {
  try {
    const database = await getDatabase();
    await migrateDatabase(database, env.DATABASE_URL);
    return database;
  } catch (err) {
    if (err instanceof DataDirLockedError && !env.DATABASE_URL) return null;
    throw err;
  }
}

/** `GET /backup` (say) from the server running on DATA_DIR's embedded database; a POST sends `body`. */
export function fromServer(method: 'GET' | 'POST', route: string, body?: Readable): Promise<Readable> {
  const socketPath = operatorSocketPath();
  return new Promise((resolve, reject) => {
    const request = http.request({ socketPath, path: route, method }, (response) => {
      if (response.statusCode === 200) return resolve(response);
      let text = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      response.on('end', () => reject(new Error(`The running server refused: ${text.trim() || response.statusCode}`)));
    });
    request.on('error', (err) =>
      reject(new Error(`A server has the embedded database in ${env.DATA_DIR} open but does not answer on ${socketPath} (${err.message}). Is it an older version? Restart it, or stop it and run this again.`)),
    );
    if (body) body.pipe(request);
    else request.end();
  });
}

/** Writes a stream to `file` by way of `file.partial`, so an interrupted run never leaves a file that looks whole. */
export async function writeFileFrom(stream: Readable, file: string): Promise<number> {
  const partial = `${file}.partial`;
  try {
    await pipeline(stream, fs.createWriteStream(partial, { mode: 0o600 }));
    await fs.promises.rename(partial, file);
  } catch (err) {
    await fs.promises.rm(partial, { force: true });
    throw err;
  }
  return (await fs.promises.stat(file)).size;
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
