import { afterAll, beforeAll } from 'vitest';
import { env } from '@/lib/env';
import { closeMailTransport } from '@/lib/mail/mail-config';
import { startMailServer, type MailServer } from './mail-server';

export const MAIL_FROM = 'news@gazette.example';

/** Points the site's mail at `url` (EMAIL_SERVER), or switches mail off with null. */
export function setMailServer(url: string | null): void {
  env.EMAIL_SERVER = url ?? undefined;
  env.EMAIL_FROM = url ? MAIL_FROM : undefined;
  closeMailTransport();
}

/** A local SMTP server for this test file, with the site configured to send through it. */
export function setupMailServer(): { current: () => MailServer } {
  let server: MailServer | undefined;
  beforeAll(async () => {
    server = await startMailServer();
    setMailServer(server.url);
  });
  afterAll(async () => {
    setMailServer(null);
    await server?.stop();
  });
  return { current: () => server! };
}

/**
 * What the server's mail worker does on its rounds, done now: work started after a request's answer, then
 * waiting notifications, then the outbox. `now` steps past a batching window or a retry's wait.
 */
export async function flushMail(now?: Date): Promise<void> {
  const { settleBackgroundWork } = await import('@/lib/server/background');
  const { sendDueNotifications } = await import('@/lib/notifications/send-due');
  const { deliverDueMail } = await import('@/lib/mail/deliver');
  await settleBackgroundWork();
  await sendDueNotifications({ now: now ?? new Date() });
  await deliverDueMail({ now: now ?? new Date() });
}
