'use client';

import { useMutation } from '@tanstack/react-query';
import { failureText } from '@/lib/http/fetch-json';

/**
 * A change to one of the newsroom's lists (create, rename, merge, delete) as a mutation: the list is read
 * again after it, and `message` says what happened. `run` resolves to whether the change was made.
 */
export function useListChange(reload: () => Promise<unknown>) {
  const change = useMutation({
    mutationFn: async ({ action }: { action: () => Promise<unknown>; done: string }) => {
      await action();
      await reload();
    },
  });
  const message = change.isSuccess ? { ok: true, text: change.variables.done } : change.isError ? { ok: false, text: failureText(change.error) } : null;
  const run = (action: () => Promise<unknown>, done: string): Promise<boolean> => change.mutateAsync({ action, done }).then(
    () => true,
    () => false,
  );
  return { run, message };
}
