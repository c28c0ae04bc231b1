import { z } from 'zod';
import { isCommonPassword } from './password-policy';

// Bidi overrides, zero-width and other invisible format characters make two names or emails look alike.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/;

export const emailSchema = z
  .string({ error: 'Enter your email address' })
  .trim()
  .max(254, 'Email addresses are at most 254 characters')
  .refine((v) => !INVISIBLE.test(v), 'The email address contains invisible characters')
  // ASCII only: look-alike letters from other scripts (Cyrillic "а" for "a") cannot register a twin account.
  .refine((v) => /^[\x21-\x7e]+$/.test(v), 'Use an email address in plain letters, digits and symbols')
  .pipe(z.email('Enter a valid email address'))
  .transform((v) => v.toLowerCase());

export const passwordSchema = z
  .string({ error: 'Enter a password' })
  .min(10, 'Passwords need at least 10 characters')
  .max(200, 'Passwords are at most 200 characters')
  .refine((v) => !isCommonPassword(v), 'This password is too common; choose another');

export const nameSchema = z
  .string({ error: 'Enter your name' })
  .transform((v) => v.normalize('NFC').trim().replace(/\s+/g, ' '))
  .pipe(
    z
      .string()
      .min(1, 'Enter your name')
      .max(80, 'Names are at most 80 characters')
      .refine((v) => !INVISIBLE.test(v), 'The name contains invisible or direction-changing characters')
      .refine((v) => !/[<>]/.test(v), 'Names cannot contain < or >'),
  );

export const signUpSchema = z.object({ email: emailSchema, password: passwordSchema, name: nameSchema });
export type SignUpInput = z.infer<typeof signUpSchema>;

export const credentialsSchema = z.object({
  email: z.string().max(254),
  password: z.string().max(200),
});
