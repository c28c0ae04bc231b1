import { describe, expect, it } from 'vitest';
import { countLinks, judgeComment, matchWords } from '@/lib/comments/rules';

const settings = { holdFirstComments: true, maxLinksBeforeHold: 2, autoCloseAfterDays: 30 };
const judge = (body: string, over: Partial<Parameters<typeof judgeComment>[0]> = {}) =>
  judgeComment({ body, mode: 'open', isFirstComment: false, banned: ['scumbag'], suspect: ['idiot', 'crypto giveaway'], settings, ...over });

describe('matchWords', () => {
  it('matches whole words regardless of case and accents', () => {
    expect(matchWords('What an IDIÓT.', ['idiot'])).toEqual(['idiot']);
    expect(matchWords('idiotic behaviour', ['idiot'])).toEqual([]);
    expect(matchWords('Free Crypto   Giveaway here', ['crypto giveaway'])).toEqual(['crypto giveaway']);
    expect(matchWords('', ['idiot'])).toEqual([]);
  });
  it('treats regex characters in the list as text', () => {
    expect(matchWords('a.b matches', ['a.b'])).toEqual(['a.b']);
    expect(matchWords('axb matches', ['a.b'])).toEqual([]);
  });
});

describe('judgeComment', () => {
  it('approves an ordinary comment', () => expect(judge('A fair point, well made.')).toEqual({ status: 'approved', reasons: [] }));
  it('rejects banned words', () => expect(judge('You SCUMBAG')).toEqual({ status: 'rejected', reasons: ['banned_word:scumbag'] }));
  it('holds suspect words, first comments, link-heavy comments and premoderated threads, with every reason', () => {
    expect(judge('idiot http://a.example http://b.example http://c.example', { isFirstComment: true, mode: 'premoderated' })).toEqual({
      status: 'pending',
      reasons: ['premoderated', 'first_comment', 'too_many_links', 'suspect_word:idiot'],
    });
  });
  it('does not hold first comments when the setting is off', () => {
    expect(judge('Hello there', { isFirstComment: true, settings: { ...settings, holdFirstComments: false } }).status).toBe('approved');
  });
  it('holds an unconfirmed address for moderation with its own reason, and a banned word still rejects', () => {
    expect(judge('A fair point, well made.', { unverifiedHeld: true })).toEqual({ status: 'pending', reasons: ['unverified_email'] });
    expect(judge('You SCUMBAG', { unverifiedHeld: true })).toEqual({ status: 'rejected', reasons: ['banned_word:scumbag'] });
  });
  it('counts links', () => expect(countLinks('see https://a.example and www.b.example, not c.example')).toBe(2));
});
