import { dictionary } from '@zxcvbn-ts/language-common';

// ~49,000 passwords most often found in breaches, from the zxcvbn-ts project.
const common = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

/** True for passwords on the common list, ignoring case and a trailing run of digits or "!" ("Password123!"). */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  return common.has(lower) || common.has(lower.replace(/[\d!]+$/, ''));
}
