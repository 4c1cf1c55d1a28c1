/**
 * Pure helpers to find things in free text: every string field with its path, line numbers in the narrative.
 */
import type { PathSegment } from '../finding.ts';
import { isMoney } from '../../domain/money.ts';

export interface TextField {
  readonly at: PathSegment[];
  readonly text: string;
}

/**
 * Strings of a parsed value that match a test, with their paths (indicator values contribute their .text).
 * Most values match nothing: a first walk only tests, and paths are built (in a second walk) only when one matches.
 */
export function findStrings(value: unknown, test: (text: string) => boolean): TextField[] {
  if (!someString(value, test)) return [];
  const out: TextField[] = [];
  const path: PathSegment[] = [];
  const visit = (node: unknown) => {
    if (typeof node === 'string') {
      if (test(node)) out.push({ at: [...path], text: node });
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) { path.push(i); visit(node[i]); path.pop(); }
    } else if (node && typeof node === 'object') {
      if (isMoney(node)) return;
      const record = node as Record<string, unknown>;
      if (isIndicatorValue(record)) {
        if (test(record.text)) out.push({ at: [...path], text: record.text });
      } else {
        for (const key in record) { path.push(key); visit(record[key]); path.pop(); }
      }
    }
  };
  visit(value);
  return out;
}

/** A parsed indicator value: its text is what the editor wrote (the rest is derived from it). */
const isIndicatorValue = (record: Record<string, unknown>): record is { text: string } => typeof record.text === 'string' && 'qualitative' in record;

/** True when some string of the value (as findStrings sees them) passes the test. */
function someString(node: unknown, test: (text: string) => boolean): boolean {
  if (typeof node === 'string') return test(node);
  if (typeof node !== 'object' || node === null) return false;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) if (someString(node[i], test)) return true;
    return false;
  }
  // Amounts hold no text, and they are most of the values of the tables.
  if (isMoney(node)) return false;
  const record = node as Record<string, unknown>;
  if (isIndicatorValue(record)) return test(record.text);
  for (const key in record) if (someString(record[key], test)) return true;
  return false;
}

/** 0-based line number of a character offset. */
export function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Line numbers for many offsets of one text, in one pass (offsets in any order). */
export function lineCounter(text: string): (offset: number) => number {
  // Line starts are found at the first question: most rules that make a counter never ask (no finding).
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    }
    let low = 0, high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid; else high = mid - 1;
    }
    return low;
  };
}

/** Removes the parts of a text inside 《》〔〕【】, where old years and codes are legitimately cited. */
export function withoutCitations(text: string): string {
  if (!CITATION_OPENING.test(text)) return text;
  return text.replace(/《[^》]*》|〔[^〕]*〕|【[^】]*】|\[[^\]]*\]/g, (match) => ' '.repeat(match.length));
}
const CITATION_OPENING = /[《〔【[]/;

/** Four-digit years used as years (followed by 年 or 届, or opening a name such as "2021人均补助金额"). */
export function yearsIn(text: string, leadingYearCounts = false): Array<{ year: number; index: number }> {
  if (!/(?:19|20)\d\d/.test(text)) return [];
  const cleaned = withoutCitations(text);
  const found: Array<{ year: number; index: number }> = [];
  const pattern = /(?<![\d.])((?:19|20)\d{2})(?=\s*(?:年|届))/g;
  for (let match = pattern.exec(cleaned); match; match = pattern.exec(cleaned)) found.push({ year: Number(match[1]), index: match.index });
  if (leadingYearCounts) {
    const leading = /^((?:19|20)\d{2})(?=[\u4e00-\u9fff])/.exec(cleaned);
    if (leading && !found.some((f) => f.index === 0)) found.push({ year: Number(leading[1]), index: 0 });
  }
  return found;
}
