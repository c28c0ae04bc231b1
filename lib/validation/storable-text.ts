import { AppError } from '@/lib/http/errors';

/**
 * Text PostgreSQL cannot store: the NUL character (text and jsonb refuse it) and a lone UTF-16 surrogate (half
 * of an emoji; not valid Unicode, so not valid UTF-8). Every input is checked for them at the door, by one
 * function, so a stray `\u0000` is a 400 naming its field rather than a database error deep inside a service.
 */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const MESSAGE = 'Contains a character that cannot be stored (a NUL, or half of an emoji); remove it';

/** The path of the first string (or object key) in `value` holding such a character, or null. */
export function unstorableTextAt(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path.join('.') || '_' : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = unstorableTextAt(item, [...path, String(i)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object' && !(value instanceof Blob)) {
    for (const [key, item] of Object.entries(value)) {
      if (UNSTORABLE.test(key)) return [...path, '_key'].join('.');
      const found = unstorableTextAt(item, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

/** Throws a 400 naming the field when any text in `value` cannot be stored. */
export function assertStorableText(value: unknown): void {
  const field = unstorableTextAt(value);
  if (field !== null) throw new AppError('invalid_input', 'Some fields are not valid.', { fields: { [field]: MESSAGE } });
}
