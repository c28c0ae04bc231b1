/**
 * `npm run bench -- --newsletter`: what a newsletter to 10,000 subscribers costs, on a production server (the
 * embedded database) sending to a local SMTP server that counts what it receives, beside baselines in the
 * same run:
 * - queueing: from "Send now" to every delivery written (one transaction);
 * - sending: from then to the last message accepted, beside the same number of copies of the same email sent
 *   by nodemailer alone (the same pooled connection, no database, no rendering): the ratio is our overhead;
 * - memory: the server's resident memory while it sends, beside the same server idle before.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTransport } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { noDelaySocket } from '../../lib/mail/no-delay-socket';
import { freePort } from '../cluster/launcher';
import { currentRssMb, signInCookie } from './measure';
import { benchEnv, startServer, stopServer } from './server';

const PASSWORD = 'bench-newsletter-password-1';

export type NewsletterBenchResult = {
  subscribers: number;
  queueMs: number;
  sendMs: number;
  baselineSendMs: number;
  received: number;
  distinct: number;
  rss: { idleMb: number; peakMb: number; afterMb: number };
  emailBytes: number;
};

/** An SMTP server that only counts: messages, and distinct Message-IDs (a copy sent twice would show). */
async function countingSmtpServer() {
  const ids = new Set<string>();
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    disableReverseLookup: true,
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 4096) head += chunk.toString('latin1');
      });
      stream.on('end', () => {
        received++;
        const id = /^Message-ID:\s*(\S+)/im.exec(head)?.[1];
        if (id) ids.add(id);
        callback();
      });
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  return { url: `smtp://127.0.0.1:${port}`, port, counts: () => ({ received, distinct: ids.size }), reset: () => ((received = 0), ids.clear()), stop: () => new Promise<void>((r) => server.close(() => r())) };
}

export async function benchNewsletter({ subscribers = 10_000 } = {}): Promise<NewsletterBenchResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-bench-newsletter-'));
  const seeded = spawnSync('npm', ['run', '-s', 'db:seed', '--', '--password', PASSWORD, '--newsletter-subscribers', String(subscribers)], {
    stdio: 'inherit',
    env: { ...benchEnv, DATA_DIR: dataDir, NODE_ENV: 'development' } as NodeJS.ProcessEnv,
  });
  if (seeded.status !== 0) throw new Error('seeding the subscribers failed');
  const smtp = await countingSmtpServer();
  const { child, base } = await startServer(dataDir, { EMAIL_SERVER: smtp.url, EMAIL_FROM: 'bench@example.org', NEWSLETTER_RATE: '10000', RATE_LIMITS: 'off' });
  const pid = child.pid!;
  try {
    const cookie = await signInCookie(base, 'editor@meridian.example', PASSWORD);
    const api = async <T>(url: string, method = 'GET', body?: unknown): Promise<T> => {
      const res = await fetch(`${base}${url}`, { method, headers: { cookie, 'Content-Type': 'application/json' }, ...(body !== undefined && { body: JSON.stringify(body) }) });
      if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
      return res.json() as Promise<T>;
    };
    const { newsletters } = await api<{ newsletters: { slug: string }[] }>('/api/newsletters');
    const slug = newsletters[0]!.slug;
    const stories = (await api<{ stories: { id: number }[] }>('/api/newsroom/stories?q=the')).stories.slice(0, 5).map((s) => s.id);
    const intro = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Good morning. Five stories to start the day.' }] }] };
    const { issue } = await api<{ issue: { id: number } }>(`/api/newsletters/${slug}/issues`, 'POST', { subject: 'Benchmark briefing', intro, articleIds: stories });
    const preview = await fetch(`${base}/api/newsletter-issues/${issue.id}/preview`, { headers: { cookie } });
    const html = await preview.text();
    const text = await (await fetch(`${base}/api/newsletter-issues/${issue.id}/preview?format=text`, { headers: { cookie } })).text();

    await new Promise((r) => setTimeout(r, 2_000));
    const idleMb = currentRssMb(pid);
    let peakMb = idleMb;
    const sampler = setInterval(() => (peakMb = Math.max(peakMb, currentRssMb(pid))), 100);

    const started = performance.now();
    await api(`/api/newsletter-issues/${issue.id}/schedule`, 'POST', {});
    let queuedAt = 0;
    for (;;) {
      const { issue: now } = await api<{ issue: { status: string; progress: { recipients: number } } }>(`/api/newsletter-issues/${issue.id}`);
      if (!queuedAt && now.progress.recipients > 0) queuedAt = performance.now();
      if (now.status === 'sent') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const finished = performance.now();
    clearInterval(sampler);
    const counts = smtp.counts();
    await new Promise((r) => setTimeout(r, 2_000));
    const afterMb = currentRssMb(pid);

    // Baseline: the same email, as many copies, through nodemailer alone on one pooled connection.
    smtp.reset();
    const transport = createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, pool: true, maxConnections: 1, maxMessages: Infinity, getSocket: noDelaySocket });
    const baselineStarted = performance.now();
    for (let i = 0; i < subscribers; i++) {
      await transport.sendMail({ from: 'bench@example.org', to: `bench-${i + 1}@example.org`, subject: 'Benchmark briefing', html, text, messageId: `<baseline-${i}@bench>` });
    }
    const baselineSendMs = performance.now() - baselineStarted;
    transport.close();

    return {
      subscribers,
      queueMs: queuedAt - started,
      sendMs: finished - queuedAt,
      baselineSendMs,
      received: counts.received,
      distinct: counts.distinct,
      rss: { idleMb, peakMb, afterMb },
      emailBytes: Buffer.byteLength(html) + Buffer.byteLength(text),
    };
  } finally {
    await stopServer(child);
    await smtp.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export function newsletterTable(r: NewsletterBenchResult): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const rate = (ms: number) => `${Math.round(r.subscribers / (ms / 1000)).toLocaleString('en-GB')}/s`;
  return [
    `newsletter to ${r.subscribers.toLocaleString('en-GB')} subscribers (embedded database, local SMTP server, email ${(r.emailBytes / 1024).toFixed(0)} KB)`,
    '| measure | Broadsheet | baseline | ratio |',
    '| --- | --- | --- | --- |',
    `| queue (Send now → every delivery written) | ${s(r.queueMs)} | — | |`,
    `| send (queued → last accepted) | ${s(r.sendMs)} (${rate(r.sendMs)}) | nodemailer alone, same email: ${s(r.baselineSendMs)} (${rate(r.baselineSendMs)}) | ${(r.sendMs / r.baselineSendMs).toFixed(2)} |`,
    `| received by the SMTP server | ${r.received.toLocaleString('en-GB')} (${r.distinct.toLocaleString('en-GB')} distinct Message-IDs) | ${r.subscribers.toLocaleString('en-GB')} expected | |`,
    `| server resident memory | peak ${r.rss.peakMb} MB while sending, ${r.rss.afterMb} MB after | idle before: ${r.rss.idleMb} MB | ${(r.rss.peakMb / r.rss.idleMb).toFixed(2)} |`,
  ].join('\n');
}
