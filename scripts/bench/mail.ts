/**
 * `npm run bench -- --mail`: what email costs the requests that cause it, on a production server sending to a
 * local SMTP server (tests/helpers/mail-server.ts), each beside its baseline in the same run.
 * - "Forgot password?" for addresses with an account beside addresses without one: the answer must not tell
 *   them apart (the same body, and about the same time).
 * - A reply (which queues a notification) with the SMTP server up beside the same with it down: sending never
 *   waits in the request. And how long after the reply's answer its email arrived.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startMailServer } from '../../tests/helpers/mail-server';
import { freePort } from '../cluster/launcher';
import { signInCookie } from './measure';
import { startServer, stopServer } from './server';

const PASSWORD = 'bench-mail-password-1';
const SLUG = 'emergency-powers-bill-passes-second-reading-by-eleven-votes';

type Times = { p50: number; p90: number; p99: number };
export type MailBenchResult = {
  reset: { known: Times; unknown: Times; sameAnswer: boolean; n: number };
  reply: { smtpUp: Times; smtpDown: Times; n: number; firstEmailMs: number };
};

function times(ms: number[]): Times {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p90: at(0.9), p99: at(0.99) };
}

async function timed(url: string, init: RequestInit): Promise<{ ms: number; status: number; body: string }> {
  const started = process.hrtime.bigint();
  const res = await fetch(url, init);
  const body = await res.text();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, status: res.status, body };
}

export async function benchMail({ n = 200 } = {}): Promise<MailBenchResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-bench-mail-'));
  let mail = await startMailServer({ port: await freePort() });
  const server = await startServer(dataDir, { DEMO_PASSWORD: PASSWORD, RATE_LIMITS: 'off', EMAIL_SERVER: mail.url, EMAIL_FROM: 'bench@example.org' });
  try {
    const json = (cookie: string | undefined, body: unknown): RequestInit => ({
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(cookie && { cookie }) },
      body: JSON.stringify(body),
    });

    // 1. Known and unknown addresses in random order, a pause after each: the work for a known address runs
    //    after its answer, and would otherwise land on whichever request comes next.
    const known: number[] = [];
    const unknown: number[] = [];
    const answers = new Set<string>();
    const accounts = ['reader@meridian.example', 'editor@meridian.example', 'admin@meridian.example'];
    for (let i = 0; i < 20; i++) await timed(`${server.base}/api/account/password-reset`, json(undefined, { email: `warm-${i}@example.org` }));
    const order = [...Array<boolean>(n).fill(true), ...Array<boolean>(n).fill(false)].sort(() => Math.random() - 0.5);
    for (const [i, isKnown] of order.entries()) {
      const email = isKnown ? accounts[i % accounts.length] : `nobody-${i}@example.org`;
      const r = await timed(`${server.base}/api/account/password-reset`, json(undefined, { email }));
      if (r.status !== 202) throw new Error(`password reset answered ${r.status}: ${r.body}`);
      (isKnown ? known : unknown).push(r.ms);
      answers.add(r.body);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }

    // 2. Replies with the SMTP server up, then down. Surge protection off: every reply takes the same path.
    const admin = await signInCookie(server.base, 'admin@meridian.example', PASSWORD);
    const settings = (await (await fetch(`${server.base}/api/moderation/settings`, { headers: { cookie: admin } })).json()) as { settings: Record<string, unknown> };
    const { sections: _sections, ...rules } = settings.settings;
    await fetch(`${server.base}/api/moderation/settings`, { ...json(admin, { ...rules, surgeCommentsPerMinute: 0 }), method: 'PUT' });
    const rosa = await signInCookie(server.base, 'reader@meridian.example', PASSWORD);
    const editor = await signInCookie(server.base, 'editor@meridian.example', PASSWORD);
    const commentsUrl = `${server.base}/api/articles/${SLUG}/comments`;
    const replies = async (label: string) => {
      const parent = (await (await fetch(commentsUrl, json(rosa, { body: `Rosa's comment for the ${label} run` }))).json()) as { comment: { id: number } };
      const ms: number[] = [];
      let arrival: Promise<number> | undefined;
      for (let i = 0; i < Math.ceil(n / 2); i++) {
        const r = await timed(commentsUrl, json(editor, { body: `Reply ${i} in the ${label} run`, parentId: parent.comment.id }));
        if (r.status !== 201) throw new Error(`reply answered ${r.status}: ${r.body}`);
        if (i === 0) {
          // Polled every 50 ms while the other replies go on (Rosa's earlier emails were the reset links).
          const answered = Date.now();
          const count = mail.inbox.filter((m) => m.to.includes('reader@meridian.example')).length + 1;
          arrival = mail.waitFor('reader@meridian.example', { count, timeoutMs: 30_000 }).then(() => Date.now() - answered, () => -1);
        }
        ms.push(r.ms);
      }
      return { ms, arrival: arrival! };
    };
    const up = await replies('SMTP up');
    const firstEmailMs = await up.arrival;
    const port = mail.port;
    await mail.stop();
    const down = await replies('SMTP down');
    mail = await startMailServer({ port });

    return {
      reset: { known: times(known), unknown: times(unknown), sameAnswer: answers.size === 1, n },
      reply: { smtpUp: times(up.ms), smtpDown: times(down.ms), n: Math.ceil(n / 2), firstEmailMs },
    };
  } finally {
    await stopServer(server.child);
    await mail.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export function mailTable(r: MailBenchResult): string {
  const f = (t: Times) => `${t.p50.toFixed(1)} / ${t.p90.toFixed(1)} / ${t.p99.toFixed(1)} ms`;
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  return [
    '| measure | case | baseline | p50 / p90 / p99 | ratio (p50) |',
    '| --- | --- | --- | --- | --- |',
    `| "Forgot password?" answer (${r.reset.n} each, in random order) | address with an account | — | ${f(r.reset.known)} | |`,
    `| | address without one | the address with an account | ${f(r.reset.unknown)} | ${ratio(r.reset.unknown.p50, r.reset.known.p50)} (p90 ${ratio(r.reset.unknown.p90, r.reset.known.p90)}); same answer: ${r.reset.sameAnswer ? 'yes' : 'NO'} |`,
    `| reply that queues a notification (${r.reply.n} each) | SMTP server up | — | ${f(r.reply.smtpUp)} | |`,
    `| | SMTP server down | SMTP server up | ${f(r.reply.smtpDown)} | ${ratio(r.reply.smtpDown.p50, r.reply.smtpUp.p50)} |`,
    `| first reply's email in the inbox | after the reply's answer | | ${r.reply.firstEmailMs} ms | |`,
  ].join('\n');
}
