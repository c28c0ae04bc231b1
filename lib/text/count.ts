const plural = new Intl.PluralRules('en-GB');
const number = new Intl.NumberFormat('en-GB');

/**
 * "1 comment", "1,204 comments": a count and its noun, the form chosen by Intl.PluralRules (the one place the
 * site decides between singular and plural; `other` for nouns whose plural is not noun + s).
 */
export function countOf(n: number, one: string, other = `${one}s`): string {
  return `${number.format(n)} ${plural.select(n) === 'one' ? one : other}`;
}
