// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAutosave } from '@/components/newsroom/editor/use-autosave';
import type { EditorArticle } from '@/lib/newsroom/editor-article';

const article = { id: 42, version: 3, editedAt: '2026-11-30T09:00:00.000Z' } as EditorArticle;
const payload = () => ({ headline: 'Budget passes' });

/** Answers the editor's saves in order, recording what each one sent. */
function server(...answers: (() => Response | Promise<never>)[]) {
  const sent: { method: string; version: number }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      sent.push({ method: init.method!, version: JSON.parse(init.body as string).version });
      const next = answers.shift();
      if (!next) throw new Error('unexpected save');
      return next();
    }),
  );
  return sent;
}
const saved = (version: number) => () => Response.json({ article: { ...article, version, editedAt: '2026-11-30T09:05:00.000Z' } });
/** The hook as the editor uses it, inside the newsroom's query client (mutations never retried by themselves). */
const renderAutosave = (live: boolean) => {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  return renderHook(() => useAutosave(article, payload, live), { wrapper });
};
const elapse = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('autosave in the editor', () => {
  it('saves a draft two seconds after the last change, against the version it has, then the next one', async () => {
    const sent = server(saved(4), saved(5));
    const { result } = renderAutosave(false);
    act(() => result.current.changed());
    expect(result.current.state).toEqual({ kind: 'unsaved' });
    await elapse(1_900);
    expect(sent).toEqual([]);
    await elapse(200);
    expect(sent).toEqual([{ method: 'PUT', version: 3 }]);
    expect(result.current.state).toEqual({ kind: 'saved', at: '2026-11-30T09:05:00.000Z' });

    act(() => result.current.changed());
    await elapse(2_100);
    expect(sent[1]).toEqual({ method: 'PUT', version: 4 });
  });

  it('stops saving after a conflict (409), so nothing is overwritten', async () => {
    const sent = server(() => Response.json({ error: { code: 'conflict', message: 'Someone else saved this story.' } }, { status: 409 }));
    const { result } = renderAutosave(false);
    act(() => result.current.changed());
    await elapse(2_100);
    expect(result.current.state).toEqual({ kind: 'conflict', message: 'Someone else saved this story.' });
    act(() => result.current.changed());
    await elapse(20_000);
    expect(sent).toHaveLength(1);
    expect(result.current.state.kind).toBe('conflict');
  });

  it('keeps the changes and retries after a network error', async () => {
    const sent = server(() => Promise.reject(new TypeError('Failed to fetch')), saved(4));
    const { result } = renderAutosave(false);
    act(() => result.current.changed());
    await elapse(2_100);
    expect(result.current.state).toMatchObject({ kind: 'error', message: expect.stringContaining('your changes are kept here') });
    await elapse(10_000);
    expect(sent).toHaveLength(2);
    expect(result.current.state.kind).toBe('saved');
  });

  it('never saves a live story by itself: every save of it is public at once', async () => {
    const sent = server();
    const { result } = renderAutosave(true);
    act(() => result.current.changed());
    await elapse(30_000);
    expect(sent).toEqual([]);
    expect(result.current.hasPending()).toBe(true);
  });
});
