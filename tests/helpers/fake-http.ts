import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Received = { method: string; url: string; headers: http.IncomingHttpHeaders; body: string };

/**
 * A local HTTP server standing in for a CDN's API or a cache tier: records every request and answers with
 * `answer` (status and JSON body), or never answers at all (`hang`).
 */
export async function fakeHttp(answer: (req: Received) => { status: number; body?: unknown } | 'hang' = () => ({ status: 200, body: {} })) {
  const received: Received[] = [];
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const r = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      received.push(r);
      const a = answer(r);
      if (a === 'hang') {
        hanging.add(res);
        return;
      }
      res.writeHead(a.status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(a.body ?? {}));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Fake servers for one test file, each closed after its test: call in the file's top level. */
export function fakeHttpPerTest(afterEach: (fn: () => Promise<void>) => void) {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
  });
  return async (answer?: Parameters<typeof fakeHttp>[0]) => {
    const s = await fakeHttp(answer);
    closers.push(s.close);
    return s;
  };
}
