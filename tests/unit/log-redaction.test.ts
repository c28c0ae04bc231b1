import { afterEach, describe, expect, it, vi } from 'vitest';
import { redactQueryParametersInLogs } from '@/lib/server/log-redaction';

describe('errors Next logs itself', () => {
  const original = console.error;
  afterEach(() => {
    console.error = original;
  });

  it('lose the failed query’s parameters before they reach the log; other errors pass untouched', () => {
    const written: unknown[][] = [];
    console.error = vi.fn((...args: unknown[]) => written.push(args));
    redactQueryParametersInLogs();
    const failed = Object.assign(new Error('Failed query: insert into "comments" ("body") values ($1)\nparams: my private thoughts'), {
      query: 'insert into "comments" ("body") values ($1)',
      params: ['my private thoughts'],
      cause: Object.assign(new Error('null character not permitted'), { code: '22P05' }),
    });
    console.error(' ⨯', failed);
    const other = new TypeError('x is not a function');
    console.error(other);
    expect(JSON.stringify(written[0])).not.toContain('my private thoughts');
    expect(JSON.stringify(written[0])).toContain('22P05');
    expect(written[1]![0]).toBe(other);
  });
});
