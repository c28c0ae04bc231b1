import { describe, expect, it } from 'vitest';
import { ApiError, errorMessage, failureText, formFailure } from '@/lib/http/fetch-json';

const refused = new ApiError(400, 'Some fields are not valid.', { name: 'Too long', body: 'Write something' });
const offline = new TypeError('Failed to fetch');

describe('what a form shows when a request fails', () => {
  it('shows the server’s message, or the fallback when the server never answered', () => {
    expect(errorMessage(refused, 'Offline')).toBe('Some fields are not valid.');
    expect(errorMessage(offline, 'Offline')).toBe('Offline');
  });

  it('prefers the named field’s problem, or the first field’s, over the general message', () => {
    expect(failureText(refused, 'Offline')).toBe('Too long');
    expect(failureText(refused, 'Offline', 'body')).toBe('Write something');
    expect(failureText(refused, 'Offline', 'email')).toBe('Some fields are not valid.');
    expect(failureText(new ApiError(409, 'Already decided.'), 'Offline')).toBe('Already decided.');
    expect(failureText(offline, 'Offline', 'body')).toBe('Offline');
  });

  it('gives a form the message and the fields to mark', () => {
    expect(formFailure(refused, 'Offline')).toEqual({ error: 'Some fields are not valid.', fields: { name: 'Too long', body: 'Write something' } });
    expect(formFailure(offline, 'Offline')).toEqual({ error: 'Offline' });
  });
});
