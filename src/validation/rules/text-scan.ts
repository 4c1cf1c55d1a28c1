/**
 * Pure helpers to find things in free text: every string field with its path, line numbers in the narrative.
 */
import type { PathSegment } from '../finding.ts';

export interface TextField {
  readonly at: PathSegment[];
  readonly text: string;
}

/** Every string in a parsed value, with its path (indicator values contribute their .text). */
export function collectStrings(value: unknown, at: PathSegment[] = [], out: TextField[] = []): TextField[] {
  if (typeof value === 'string') out.push({ at, text: value });
  else if (Array.isArray(value)) value.forEach((item, index) => collectStrings(item, [...at, index], out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.text === 'string' && 'qualitative' in record) out.push({ at, text: record.text });
    else for (const [key, item] of Object.entries(record)) collectStrings(item, [...at, key], out);
  }
  return out;
}

/** 0-based line number of a character offset. */
export function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Removes the parts of a text inside 《》〔〕【】, where old years and codes are legitimately cited. */
export function withoutCitations(text: string): string {
  return text.replace(/《[^》]*》|〔[^〕]*〕|【[^】]*】|\[[^\]]*\]/g, (match) => ' '.repeat(match.length));
}

/** Four-digit years used as years (followed by 年 or 届, or opening a name such as "2021人均补助金额"). */
export function yearsIn(text: string, leadingYearCounts = false): Array<{ year: number; index: number }> {
  const cleaned = withoutCitations(text);
  const found: Array<{ year: number; index: number }> = [];
  const pattern = /(?<![\d.])((?:19|20)\d{2})(?=\s*(?:年|届))/g;
  for (const match of cleaned.matchAll(pattern)) found.push({ year: Number(match[1]), index: match.index ?? 0 });
  if (leadingYearCounts) {
    const leading = /^((?:19|20)\d{2})(?=[\u4e00-\u9fff])/.exec(cleaned);
    if (leading && !found.some((f) => f.index === 0)) found.push({ year: Number(leading[1]), index: 0 });
  }
  return found;
}
