import { startTransition, type FormEvent } from 'react';

/**
 * A form's onSubmit that hands its fields to a `useActionState` action. Given as `<form action>`, React would
 * empty the form once the action ends, so a refused form would lose what the reader typed; this keeps it.
 */
export function submitTo(dispatch: (form: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  };
}
