import type { ComponentProps, ReactNode } from 'react';

/**
 * The site's form controls, so every input, button and labelled field looks and reads alike. `className`
 * adds layout (width, margins) only; the look comes from here. `pad` picks the two control sizes in use: `sm`
 * for controls in a row of others, `md` for a form's own fields.
 */
type Pad = 'sm' | 'md';

const CONTROL = 'rounded border border-neutral-400 bg-transparent disabled:opacity-50 dark:border-neutral-600';
const PADDING: Record<Pad, string> = { sm: 'px-2 py-1', md: 'p-2' };

const classes = (...parts: (string | undefined | false)[]) => parts.filter(Boolean).join(' ');

type Control<E extends 'input' | 'textarea' | 'select'> = ComponentProps<E> & { pad?: Pad };

export function Input({ pad = 'sm', className, ...props }: Control<'input'>) {
  return <input className={classes(CONTROL, PADDING[pad], className)} {...props} />;
}

export function Textarea({ pad = 'md', className, ...props }: Control<'textarea'>) {
  return <textarea className={classes(CONTROL, PADDING[pad], className)} {...props} />;
}

export function Select({ pad = 'sm', className, ...props }: Control<'select'>) {
  return <select className={classes(CONTROL, PADDING[pad], className)} {...props} />;
}

const BUTTON = {
  /** The form's one main action: Save, Publish, Add. */
  primary: 'rounded bg-neutral-900 px-3 py-1.5 font-semibold text-white disabled:opacity-50 dark:bg-neutral-100 dark:text-neutral-900',
  /** Every other action beside it. */
  secondary: 'rounded border border-neutral-400 px-3 py-1 disabled:opacity-50 dark:border-neutral-600',
  /** An action that removes something, or shouts (the breaking-news banner). */
  danger: 'rounded bg-red-700 px-3 py-1.5 font-semibold text-white disabled:opacity-50',
};

export function Button({ variant = 'secondary', type = 'button', className, ...props }: ComponentProps<'button'> & { variant?: keyof typeof BUTTON }) {
  return <button type={type} className={classes(BUTTON[variant], className)} {...props} />;
}

/**
 * A labelled field: the label's text, the control, then a hint or the server's complaint about this field.
 * The label wraps the control, so it names it without an id; with `htmlFor` it points at the control instead
 * (a label wrapping a select would add the chosen option to the field's name).
 */
export function Field({
  label,
  error,
  hint,
  htmlFor,
  className,
  children,
}: {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  htmlFor?: string;
  className?: string;
  children: ReactNode;
}) {
  const text = <span className="block font-medium">{label}</span>;
  const Outer = htmlFor ? 'div' : 'label';
  return (
    <Outer className={classes('block space-y-1 text-sm', className)}>
      {htmlFor ? <label htmlFor={htmlFor}>{text}</label> : text}
      {children}
      {hint && !error && (
        <span id={htmlFor && `${htmlFor}-hint`} className="block text-neutral-600 dark:text-neutral-400">
          {hint}
        </span>
      )}
      {error && (
        <span id={htmlFor && `${htmlFor}-error`} className="block text-red-700 dark:text-red-400">
          {error}
        </span>
      )}
    </Outer>
  );
}

/**
 * A required one-line field of an account form (sign-in, sign-up, setup, a new password): labelled, and
 * described by its hint or by the server's complaint, which a screen reader reads with it.
 */
export function TextField({
  label,
  name,
  hint,
  error,
  ...input
}: Omit<ComponentProps<'input'>, 'name'> & { label: string; name: string; hint?: string; error?: string }) {
  const id = `field-${name}`;
  return (
    <Field label={label} htmlFor={id} hint={hint} error={error}>
      <Input
        id={id}
        name={name}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        pad="md"
        className="w-full"
        {...input}
      />
    </Field>
  );
}
