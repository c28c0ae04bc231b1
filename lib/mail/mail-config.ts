import 'server-only';
import { createTransport, type Transporter } from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import { noDelaySocket } from './no-delay-socket';
import { env } from '@/lib/env';

/**
 * Whether this site can send email: EMAIL_SERVER (`smtp://user:pass@host:587`) and EMAIL_FROM both set.
 * Without it nothing that depends on email is offered (password reset, verification, notifications), and
 * an unverified address holds nothing back, since no one could verify it.
 */
export function mailEnabled(): boolean {
  return Boolean(env.EMAIL_SERVER && env.EMAIL_FROM);
}

type Kind = 'single' | 'bulk';
const cached: Partial<Record<Kind, { server: string; transport: Transporter }>> = {};

/**
 * The SMTP transport for EMAIL_SERVER, made on first use: `single` for the outbox (a connection per batch),
 * `bulk` for newsletters (one pooled connection kept open for thousands of messages).
 */
export function mailTransport(kind: Kind = 'single'): Transporter {
  const server = env.EMAIL_SERVER;
  if (!server) throw new Error('EMAIL_SERVER is not set');
  if (cached[kind]?.server !== server) {
    cached[kind]?.transport.close();
    // The URL's settings, then ours (nodemailer reads only the URL when given `url`, and would drop these).
    // Short timeouts: a dead server fails the attempt quickly and the message waits for its retry.
    const options = { ...parseConnectionUrl(server), connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000, getSocket: noDelaySocket };
    const transport = kind === 'bulk' ? createTransport({ ...options, pool: true, maxConnections: 1, maxMessages: 10_000 }) : createTransport(options);
    cached[kind] = { server, transport };
  }
  return cached[kind]!.transport;
}

/** Forgets the transports (shutting down, or a test that points EMAIL_SERVER elsewhere). */
export function closeMailTransport(): void {
  for (const kind of ['single', 'bulk'] as const) {
    cached[kind]?.transport.close();
    delete cached[kind];
  }
}
