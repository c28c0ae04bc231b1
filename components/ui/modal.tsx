'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/** A modal dialog on the native <dialog>: focus is trapped and Escape closes it, as assistive tech expects. */
export function Modal({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby="modal-title"
      onClose={onClose}
      className="w-full max-w-lg rounded p-6 backdrop:bg-black/40 dark:bg-neutral-900 dark:text-neutral-100"
    >
      <h2 id="modal-title" className="mb-4 font-serif text-xl font-bold">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
