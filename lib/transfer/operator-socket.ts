import 'server-only';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PassThrough, type Readable } from 'node:stream';
import { env, siteUrl } from '@/lib/env';
import { getDb } from '@/lib/db/client';
import { takeBackup } from './backup/backups';
import { exportStream } from './export/export-stream';
import { runImport } from './import/run-import';
import { IMPORT_FORMATS, readImportFile, type ImportFormat } from './import/sources';

/**
 * The embedded database can be opened by one process only, so while the site runs, `npm run db:backup` (and
 * `npm run export`) ask the server for it over a Unix socket in DATA_DIR. The socket is the server owner's
 * alone (mode 0600): whoever may read DATA_DIR may take a backup, and nobody else, with no token to leak.
 */
export function operatorSocketPath(dataDir = env.DATA_DIR): string {
  return path.resolve(dataDir, 'broadsheet.sock');
}

export type OperatorRoutes = Record<string, (params: URLSearchParams) => Promise<Readable>>;

/**
 * An import run by the server for `npm run import`: it reads the operator's file from disk (the same user),
 * and answers in lines: `progress DONE TOTAL`, then `result {…}` or `error MESSAGE`.
 */
function importFromCommand(params: URLSearchParams): Readable {
  const out = new PassThrough();
  const format = params.get('format') as ImportFormat;
  void (async () => {
    if (!IMPORT_FORMATS.includes(format)) throw new Error(`Unknown format ${format}`);
    const read = await readImportFile(format, params.get('file') ?? '');
    const { cacheTags: _tags, ...result } = await runImport(await getDb(), read, format, {
      actorId: null,
      via: 'command line',
      where: 'server',
      mediaDir: params.get('media') ?? undefined,
      onProgress: (done, total) => out.write(`progress ${done} ${total}\n`),
    });
    out.end(`result ${JSON.stringify(result)}\n`);
  })().catch((err: unknown) => out.end(`error ${(err as Error).message.replace(/\n/g, ' ')}\n`));
  return out;
}

const ROUTES: OperatorRoutes = {
  'GET /backup': async () => (await takeBackup(null, 'command line')).stream,
  'GET /export': async () => exportStream(await getDb(), siteUrl),
  'POST /import': async (params) => importFromCommand(params),
};

/** Called at start on the embedded database; returns the function that closes the socket. */
export async function listenForOperator(routes: OperatorRoutes = ROUTES): Promise<() => void> {
  const socket = operatorSocketPath();
  // We hold DATA_DIR's lock, so a socket file left here is a dead server's.
  fs.rmSync(socket, { force: true });
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://operator.invalid');
    const open = routes[`${request.method} ${url.pathname}`];
    if (!open) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Unknown request.\n');
      return;
    }
    open(url.searchParams)
      .then((stream) => {
        response.writeHead(200, { 'Content-Type': 'application/octet-stream' });
        return pipeline(stream, response);
      })
      .catch((err: unknown) => {
        console.error('[operator socket]', err);
        if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' }).end(`${(err as Error).message}\n`);
        else response.destroy();
      });
  });
  const previous = process.umask(0o177);
  try {
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(socket, resolve));
  } finally {
    process.umask(previous);
  }
  fs.chmodSync(socket, 0o600);
  server.unref();
  return () => {
    server.close();
    fs.rmSync(socket, { force: true });
  };
}
