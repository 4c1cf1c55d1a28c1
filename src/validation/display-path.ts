/**
 * Field paths as editors read them, and as acknowledgements name what they cover: list items by what identifies
 * them, never by position where something does (rows by code, projects by id, indicators and lines by name,
 * summary sections by kind), so a path survives rows, projects or indicators being inserted or reordered. An item
 * with no identity of its own keeps its position (from 1); a name that repeats among its siblings is numbered
 * (完成率#2).
 */
import type { PathSegment } from './finding.ts';

export function displayPath(root: unknown, path: readonly PathSegment[]): string {
  let current: unknown = root;
  let out = '';
  for (const segment of path) {
    if (segment === '#key') continue;
    if (typeof segment === 'number') {
      const list = Array.isArray(current) ? current : [];
      out += `[${itemLabel(list, segment)}]`;
      current = list[segment];
    } else {
      out += out ? `.${segment}` : segment;
      current = current && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined;
    }
  }
  return out;
}

/** What identifies an item among its siblings, if anything does. */
export function ownLabel(item: unknown): string | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const record = item as Record<string, unknown>;
  if (typeof record.code === 'string' && /^\d+$/.test(record.code)) return record.code;
  if (typeof record.id === 'string' && record.id) return record.id;
  if (typeof record.name === 'string' && record.name) return record.name;
  if (typeof record.kind === 'string' && record.kind) return record.kind;
  // An indicator printed without a name is known by its value (as written, or as parsed).
  const target = record.target;
  const value = typeof target === 'string' || typeof target === 'number' ? String(target) : (target as { text?: unknown } | undefined)?.text;
  return typeof value === 'string' ? `指标值:${value}` : undefined;
}

function itemLabel(list: readonly unknown[], index: number): string {
  const label = ownLabel(list[index]);
  if (label === undefined) return String(index + 1);
  let earlier = 0;
  for (let i = 0; i < index; i++) if (ownLabel(list[i]) === label) earlier++;
  return earlier === 0 ? label : `${label}#${earlier + 1}`;
}

/** The whole sentence of a text around an offset: from the end of the one before to 。！？； or a line end. */
export function sentenceText(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && !isSentenceEnd(text.charCodeAt(start - 1))) start--;
  let end = offset;
  while (end < text.length && !isSentenceEnd(text.charCodeAt(end))) end++;
  if (end < text.length && text.charCodeAt(end) !== NEWLINE) end++;
  return text.slice(start, end).trim().replace(/^[-*#>\s]+/, '');
}

/** The sentence around an offset as a key that survives edits elsewhere (its first 60 characters). */
export function sentenceAt(text: string, offset: number): string {
  const sentence = sentenceText(text, offset);
  return sentence.length > 60 ? `${sentence.slice(0, 60)}…` : sentence;
}
/** 。！？； and a line end (compared as character codes: the rules look up a sentence for each tag). */
const NEWLINE = 10;
const isSentenceEnd = (code: number): boolean => code === 0x3002 || code === 0xff01 || code === 0xff1f || code === NEWLINE || code === 0xff1b;

/** The path of a finding in the narrative: its sentence, or its line where the finding is about the whole line. */
export const bodyPath = (sentence: string | undefined, bodyLine: number): string => (sentence ? `正文“${sentence}”` : `正文第${bodyLine + 1}行`);
