'use client';

import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage, fetchJson, jsonRequest } from '@/lib/http/fetch-json';
import type { EditorArticle } from '@/lib/newsroom/editor-article';

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'conflict'; message: string }
  | { kind: 'error'; message: string; fields?: Record<string, string> };

const AUTOSAVE_MS = 2_000;

/**
 * Saving the editor's fields against the version it loaded. Drafts save themselves a couple of seconds after
 * the last change and when the tab is hidden or closed; a live story saves only when asked, since every save
 * of it is public at once. A 409 stops all saving until the writer reloads: nothing is overwritten.
 * The request is a TanStack Query mutation; this hook keeps what a mutation does not know: the edits made
 * since a save began, the version to save against, the conflict's block and the timers.
 */
export function useAutosave(article: EditorArticle, payload: () => Record<string, unknown>, live: boolean) {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: article.editedAt });
  const version = useRef(article.version);
  const edits = useRef(0);
  const saved = useRef(0);
  const blocked = useRef(false);
  const put = useMutation({
    /** `keepalive` lets the request outlive the page when the writer closes the tab. */
    mutationFn: ({ fields, keepalive }: { fields: Record<string, unknown>; keepalive: boolean }) =>
      fetchJson<{ article: EditorArticle }>(`/api/newsroom/articles/${article.id}`, { ...jsonRequest('PUT', fields), keepalive }),
  });
  const { mutateAsync } = put;

  const save = useCallback(async (keepalive = false): Promise<EditorArticle | null> => {
    if (blocked.current) return null;
    const at = edits.current;
    setState({ kind: 'saving' });
    try {
      const { article: next } = await mutateAsync({ fields: { ...payload(), version: version.current }, keepalive });
      version.current = next.version;
      saved.current = at;
      setState(edits.current === at ? { kind: 'saved', at: next.editedAt } : { kind: 'unsaved' });
      return next;
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.fields?.slug === undefined) {
        blocked.current = true;
        setState({ kind: 'conflict', message: e.message });
      } else {
        setState({ kind: 'error', message: errorMessage(e, 'Could not reach the server; your changes are kept here. Retrying…'), fields: e instanceof ApiError ? e.fields : undefined });
      }
      return null;
    }
  }, [mutateAsync, payload]);

  const changed = useCallback(() => {
    edits.current++;
    setState((s) => (s.kind === 'conflict' ? s : { kind: 'unsaved' }));
  }, []);

  // Drafts: save a moment after the last change (and retry after a network error).
  useEffect(() => {
    if (live || (state.kind !== 'unsaved' && !(state.kind === 'error' && !state.fields))) return;
    const timer = setTimeout(() => void save(), state.kind === 'error' ? 5 * AUTOSAVE_MS : AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [live, state, save]);

  // Leaving: drafts save on the way out; a live story with changes asks before the page goes.
  useEffect(() => {
    const pending = () => edits.current !== saved.current && !blocked.current;
    const onHide = () => {
      if (!live && pending() && document.visibilityState === 'hidden') void save(true);
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (live && pending()) event.preventDefault();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [live, save]);

  return {
    state,
    save,
    changed,
    /** After a publication change the server's version moved on; later saves start from it. */
    adopt: (next: EditorArticle) => {
      version.current = next.version;
    },
    hasPending: () => edits.current !== saved.current,
  };
}
