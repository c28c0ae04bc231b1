import 'server-only';
import { createTransport, type Transporter } from 'nodemailer';
import { env } from '@/lib/env';

/**
 * Whether this site can send email: EMAIL_SERVER (`smtp://user:pass@host:587`) and EMAIL_FROM both set.
 * Without it nothing that depends on email is offered (password reset, verification, notifications), and
 * an unverified address holds nothing back, since no one could verify it.
 */
export function mailEnabled(): boolean {
  return Boolean(env.EMAIL_SERVER && env.EMAIL_FROM);
}

let cached: { server: string; transport: Transporter } | undefined;

/** The SMTP transport for EMAIL_SERVER, made on first use (a connection per batch: mail here is not bulk). */
export function mailTransport(): Transporter {
  const server = env.EMAIL_SERVER;
  if (!server) throw new Error('EMAIL_SERVER is not set');
  if (cached?.server !== server) {
    cached?.transport.close();
    // Short timeouts: a dead server fails the attempt quickly and the message waits for its retry.
    cached = { server, transport: createTransport({ url: server, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }) };
  }
  return cached.transport;
}

/** Forgets the transport (shutting down, or a test that points EMAIL_SERVER elsewhere). */
export function closeMailTransport(): void {
  cached?.transport.close();
  cached = undefined;
}
