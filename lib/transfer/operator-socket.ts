import 'server-only';
import fs from 'node:fs';
import http from 'node:http';
import readline from 'node:readline';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PassThrough, type Readable } from 'node:stream';
import { env, siteUrl } from '@/lib/env';
import { getDb } from '@/lib/db/client';
import { takeBackup } from './backup/backups';
import { exportStream } from './export/export-stream';
import { runImport } from './import/run-import';
import { IMPORT_FORMATS, type PreparedImport } from './import/sources';
import type { RecordInput } from './records';

/**
 * The embedded database can be opened by one process only, so while the site runs, `npm run db:backup`,
 * `npm run export` and `npm run import` ask the server over a Unix socket in DATA_DIR. The socket is the server
 * owner's alone (mode 0600): whoever may read DATA_DIR may use it, and nobody else, with no token to leak.
 */
export function operatorSocketPath(dataDir = env.DATA_DIR): string {
  return path.resolve(dataDir, 'broadsheet.sock');
}

export type OperatorRoutes = Record<string, (params: URLSearchParams, body: Readable) => Promise<Readable>>;

/**
 * The writing half of `npm run import` on an embedded database the server has open. The command reads the file
 * and brings the images in, in a process of its own (that takes memory: about ten times the file); the body is
 * then its preparation on the first line and one record a line, which the server writes in batches as they
 * arrive. It answers in lines: `progress DONE TOTAL`, then `result {…}` or `error MESSAGE`.
 */
function importFromCommand(body: Readable): Readable {
  const out = new PassThrough();
  void (async () => {
    const lines = readline.createInterface({ input: body, crlfDelay: Infinity })[Symbol.asyncIterator]();
    const first = await lines.next();
    if (first.done) throw new Error('The import sent nothing.');
    const prepared = JSON.parse(first.value) as PreparedImport;
    if (!IMPORT_FORMATS.includes(prepared.format)) throw new Error(`Unknown format ${prepared.format}`);
    const records = (async function* () {
      for (let line = await lines.next(); !line.done; line = await lines.next()) if (line.value) yield JSON.parse(line.value) as RecordInput;
    })();
    const { cacheTags: _tags, ...result } = await runImport(await getDb(), prepared, records, {
      actorId: null,
      via: 'command line',
      where: 'server',
      onProgress: (done, total) => out.write(`progress ${done} ${total}\n`),
    });
    out.end(`result ${JSON.stringify(result)}\n`);
  })().catch((err: unknown) => out.end(`error ${(err as Error).message.replace(/\n/g, ' ')}\n`));
  return out;
}

const ROUTES: OperatorRoutes = {
  'GET /backup': async () => (await takeBackup(null, 'command line')).stream,
  'GET /export': async () => exportStream(await getDb(), siteUrl),
  'POST /import': async (_params, body) => importFromCommand(body),
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
    open(url.searchParams, request)
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
