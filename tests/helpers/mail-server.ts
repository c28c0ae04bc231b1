import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type CaughtMail = { to: string; subject: string; text: string; html: string; parsed: ParsedMail };

/** A header of a caught message as it was sent (lower-case name), unfolded. */
export const headerOf = (m: CaughtMail, name: string) => m.parsed.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '');

/**
 * A real SMTP server on a loopback port for the tests: it takes every message (or refuses the addresses
 * `refuse` names, as a mail host does with 550, and answers the first attempt for those `deferOnce` names with
 * 451, "try again later", as greylisting does) and keeps what arrived, parsed, for assertions.
 */
export async function startMailServer({ port = 0, refuse = [] as string[], deferOnce = [] as string[] } = {}) {
  const inbox: CaughtMail[] = [];
  const deferred = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    disableReverseLookup: true,
    onRcptTo(address, _session, callback) {
      if (refuse.includes(address.address)) {
        const err = Object.assign(new Error('No such mailbox'), { responseCode: 550 });
        return callback(err);
      }
      if (deferOnce.includes(address.address) && !deferred.has(address.address)) {
        deferred.add(address.address);
        return callback(Object.assign(new Error('Greylisted, try again later'), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = Array.isArray(parsed.to) ? parsed.to[0]?.text : parsed.to?.text;
          inbox.push({ to: to ?? '', subject: parsed.subject ?? '', text: parsed.text ?? '', html: typeof parsed.html === 'string' ? parsed.html : '', parsed });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const bound = (server.server.address() as AddressInfo).port;
  return {
    port: bound,
    url: `smtp://127.0.0.1:${bound}`,
    inbox,
    /** Mail to `to` (newest last), waiting up to `timeoutMs` for `count` of them to arrive. */
    async waitFor(to: string, { count = 1, timeoutMs = 10_000 } = {}): Promise<CaughtMail[]> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = inbox.filter((m) => m.to.includes(to));
        if (found.length >= count) return found;
        if (Date.now() > deadline) throw new Error(`expected ${count} email(s) to ${to}; the inbox has: ${inbox.map((m) => `${m.to} "${m.subject}"`).join(', ') || 'nothing'}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    /** The first link in a message's text that starts with `prefix`. */
    link(mail: CaughtMail, prefix: string): string {
      const found = mail.text.split(/\s+/).find((w) => w.startsWith(prefix));
      if (!found) throw new Error(`no link starting ${prefix} in:\n${mail.text}`);
      return found;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type MailServer = Awaited<ReturnType<typeof startMailServer>>;
