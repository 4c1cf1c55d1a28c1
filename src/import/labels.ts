/** Comparing the labels a spreadsheet prints with the names the publisher knows: spacing, brackets and quotes aside. */

/** A label without white space, with half-width brackets and colons, without quotes. */
export const normalise = (text: string): string =>
  text
    .replace(/[\s\u3000]/g, '')
    .replace(/[（]/g, '(').replace(/[）]/g, ')')
    .replace(/[：]/g, ':')
    .replace(/[“”"‘’'「」]/g, '');

/** 一、 (1) 1. numbering in front of a line name. */
export const withoutNumbering = (text: string): string =>
  text.replace(/^(?:[一二三四五六七八九十]+[、.．]|\(?[一二三四五六七八九十\d]+\)[、.．]?|\d+[、.．])/, '');

/** Whether a cell's text names one of the labels (exactly, after normalising). */
export function names(text: string, labels: readonly string[]): boolean {
  const own = normalise(text);
  return labels.some((label) => normalise(label) === own);
}
