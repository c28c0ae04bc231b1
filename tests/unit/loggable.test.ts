import { describe, expect, it } from 'vitest';
import { loggable } from '@/lib/http/route';

describe('what the log keeps of an error', () => {
  it('keeps the query and the database’s code, never the parameters or the row in the detail', () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "users_email_key"'), {
      code: '23505',
      constraint: 'users_email_key',
      detail: 'Key (email)=(rosa.private@example.org) already exists.',
    });
    const err = Object.assign(new Error('Failed query: insert into "users" ("email", "name") values ($1, $2)\nparams: rosa.private@example.org,Rosa Private'), {
      cause,
      query: 'insert into "users" ("email", "name") values ($1, $2)',
      params: ['rosa.private@example.org', 'Rosa Private'],
    });
    const logged = JSON.stringify(loggable(err));
    expect(logged).toContain('insert into \\"users\\"');
    expect(logged).toContain('23505');
    expect(logged).toContain('users_email_key');
    expect(logged).not.toContain('rosa.private@example.org');
    expect(logged).not.toContain('Rosa Private');
  });

  it('keeps something useful of anything thrown', () => {
    expect(loggable('a string')).toEqual({ error: 'a string' });
    expect(loggable(new TypeError('x is not a function'))).toMatchObject({ name: 'TypeError', message: 'x is not a function' });
  });
});
