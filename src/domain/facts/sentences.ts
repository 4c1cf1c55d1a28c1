/**
 * The common sentence shapes of these documents, read from untagged prose (editors will not tag every figure):
 * a total with its 其中 parts; a change on last year with its rate; a part with its share; a final account's line
 * "年初预算为X万元，支出决算为Y万元，完成年初预算的Z%。决算数大于/小于/等于预算数" (docs/domain.md §7). Pure: the
 * narrative-sentence rule checks what these claim.
 */
import { parseMoney, type Money } from '../money.ts';
import { parsePercent, type Percent } from '../rates.ts';
import { FACT_TAG } from './catalogue.ts';

/** An amount written in the text, in the unit written after it. */
export interface Mention {
  readonly value: Money;
  readonly unit: '万元' | '元';
  readonly offset: number;
  readonly text: string;
  /** Written inside a {{figure|fact}} tag (its own checks cover it). */
  readonly tagged: boolean;
}

export type SentenceClaim =
  | { readonly kind: 'breakdown'; readonly offset: number; readonly total: Mention; readonly parts: readonly Mention[] }
  | { readonly kind: 'change'; readonly offset: number; readonly current: Mention | undefined; readonly change: Mention; readonly up: boolean; readonly rateUp: boolean; readonly rate: Percent; readonly rateText: string }
  | { readonly kind: 'share'; readonly offset: number; readonly whole: Mention; readonly part: Mention; readonly share: Percent; readonly shareText: string }
  | { readonly kind: 'completion'; readonly offset: number; readonly budget: Mention; readonly actual: Mention; readonly rate: Percent; readonly rateText: string; readonly word: '大于' | '小于' | '等于' | undefined };

/** The text with tags replaced by their figures, and where those figures stand. */
export function untag(body: string): { text: string; tagged: Array<[number, number]> } {
  const tagged: Array<[number, number]> = [];
  let text = '';
  let last = 0;
  for (const match of body.matchAll(FACT_TAG)) {
    text += body.slice(last, match.index);
    const figure = match[1] ?? '';
    tagged.push([text.length, text.length + figure.length]);
    text += figure;
    last = (match.index ?? 0) + match[0].length;
  }
  return { text: text + body.slice(last), tagged };
}

const AMOUNT = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万元|元)/g;
const SENTENCE = /[^。！？\n]+[。！？]?/g;
const CHANGE_WORDS = /比上年|较上年|比去年|较去年|同比|[比较](?:19|20)\d{2}年|增加|减少|增长|下降|上升|主要|原因|用于/;

/** Every amount of the text, in order. */
function mentions(text: string, tagged: ReadonlyArray<[number, number]>): Mention[] {
  const out: Mention[] = [];
  // Amounts and tagged spans are both in text order: one walk through the spans finds the span of each amount.
  let span = 0;
  for (const match of text.matchAll(AMOUNT)) {
    const parsed = parseMoney(match[1]!);
    if (!parsed.ok) continue;
    const offset = match.index;
    while (span < tagged.length && tagged[span]![1] <= offset) span++;
    const inTag = span < tagged.length && tagged[span]![0] <= offset;
    out.push({ value: parsed.value, unit: match[2] as '万元' | '元', offset, text: match[0], tagged: inTag });
  }
  return out;
}

/** Offsets of every occurrence of `word` in the text, in order. */
function offsetsOf(text: string, word: string): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) offsets.push(at);
  return offsets;
}

/** The last mention before `offset` for which `accept` holds. */
function lastBefore(found: readonly Mention[], offset: number, accept: (mention: Mention) => boolean = () => true): Mention | undefined {
  for (let i = found.length - 1; i >= 0; i--) if (found[i]!.offset < offset && accept(found[i]!)) return found[i];
  return undefined;
}

/**
 * Cuts items in text order (each with its offset) into the runs that start inside each span, spans in order: every
 * pattern is matched once over the whole text, not again from each sentence (that rescanned the rest of the text).
 */
function takeWithin<T>(items: readonly T[], offsetOf: (item: T) => number): (start: number, end: number) => T[] {
  let next = 0;
  return (start, end) => {
    while (next < items.length && offsetOf(items[next]!) < start) next++;
    const from = next;
    while (next < items.length && offsetOf(items[next]!) < end) next++;
    return items.slice(from, next);
  };
}

/** Claims of every sentence of a narrative; offsets are in the untagged text. */
export function sentenceClaims(body: string): { text: string; claims: SentenceClaim[] } {
  const { text, tagged } = untag(body);
  const claims: SentenceClaim[] = [];
  const mentionsWithin = takeWithin(mentions(text, tagged), (mention) => mention.offset);
  const byIndex = (match: RegExpExecArray) => match.index;
  const changesWithin = takeWithin([...text.matchAll(CHANGE)], byIndex);
  const completionsWithin = takeWithin([...text.matchAll(COMPLETION)], byIndex);
  const breakdownsWithin = takeWithin(offsetsOf(text, '其中'), (offset) => offset);
  for (const sentence of text.matchAll(SENTENCE)) {
    const start = sentence.index;
    const end = start + sentence[0].length;
    const found = mentionsWithin(start, end);
    const changeMatches = changesWithin(start, end);
    const completionMatches = completionsWithin(start, end);
    const breakdownAt = breakdownsWithin(start, end)[0];
    if (found.length === 0) continue;
    if (breakdownAt !== undefined) breakdown(text, breakdownAt, end, found, claims);
    changes(text, changeMatches, found, tagged, claims);
    completion(text, completionMatches, found, tagged, claims);
  }
  return { text, claims };
}

/** "…X万元，其中A万元、B万元": the parts of the total the sentence lists (each segment's first amount); `at` is its first 其中. */
function breakdown(text: string, at: number, end: number, found: readonly Mention[], claims: SentenceClaim[]): void {
  const total = lastBefore(found, at);
  if (!total) return;
  // Only when 其中 opens the list right after the total, not a 其中 after a change or a reason.
  if (CHANGE_WORDS.test(text.slice(total.offset + total.text.length, at))) return;
  const parts: Mention[] = [];
  const shares: Array<{ part: Mention; share: Percent; text: string; offset: number }> = [];
  let segmentStart = at + 2;
  for (let i = at + 2; i <= end; i++) {
    const c = text[i];
    if (i < end && c !== '，' && c !== '、' && c !== '；' && c !== ',' && c !== ';' && c !== '。') continue;
    const segment = text.slice(segmentStart, i);
    if (segment.includes('其中')) break; // a nested breakdown: its own sentence shape
    const share = /^[占为]?\s*(\d+(?:\.\d+)?)\s*[%％]/.exec(segment.replace(/^占比?/, '占').replace(/^占/, '').trimStart());
    if (share && parts.length) {
      const parsed = parsePercent(share[1]!);
      if (parsed.ok) shares.push({ part: parts[parts.length - 1]!, share: parsed.value, text: `${share[1]}%`, offset: segmentStart });
    } else if (!CHANGE_WORDS.test(segment)) {
      const first = found.find((mention) => mention.offset >= segmentStart && mention.offset < i);
      if (first) parts.push(first);
    }
    segmentStart = i + 1;
  }
  if (parts.length) claims.push({ kind: 'breakdown', offset: total.offset, total, parts });
  for (const { part, share, text: shareText, offset } of shares) claims.push({ kind: 'share', offset, whole: total, part, share, shareText });
}

const CHANGE = /(?:比|较)(?:上年|去年|上年度|(?:19|20)\d{2}年)(?:同期)?(增加|减少|增长|下降|上升)了?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万元|元)\s*[，,、]\s*(增长|下降|增加|减少|上升)了?\s*(\d+(?:\.\d+)?)\s*[%％]/g;
const UP_WORDS = new Set(['增加', '增长', '上升']);

/** "Z万元，比上年增加A万元，增长B%": the change, its rate, and the figure it is a change of (the amount before it). */
function changes(text: string, matches: readonly RegExpExecArray[], found: readonly Mention[], tagged: ReadonlyArray<[number, number]>, claims: SentenceClaim[]): void {
  for (const match of matches) {
    const changeOffset = match.index + match[0].indexOf(match[2]!, match[1]!.length);
    const change = found.find((mention) => mention.offset === changeOffset);
    const rate = parsePercent(match[5]!);
    if (!change || !rate.ok) continue;
    const rateOffset = match.index + match[0].lastIndexOf(match[5]!);
    // A rate written in a tag is that tag's to check.
    if (tagged.some(([from, to]) => rateOffset >= from && rateOffset < to)) continue;
    const current = lastBefore(found, match.index, (mention) => !CHANGE_WORDS.test(text.slice(mention.offset + mention.text.length, match.index)));
    claims.push({ kind: 'change', offset: match.index, current, change, up: UP_WORDS.has(match[1]!), rateUp: UP_WORDS.has(match[4]!), rate: rate.value, rateText: `${match[5]}%` });
  }
}

const COMPLETION = /年初预算(?:数)?为?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万元|元)\s*[，,]\s*支出决算(?:数)?为?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万元|元)\s*[，,]\s*完成(?:年初)?预算的?\s*(\d+(?:\.\d+)?)\s*[%％]/g;

/** "年初预算为X万元，支出决算为Y万元，完成年初预算的Z%。决算数大于/小于/等于预算数…" */
function completion(text: string, matches: readonly RegExpExecArray[], found: readonly Mention[], tagged: ReadonlyArray<[number, number]>, claims: SentenceClaim[]): void {
  for (const match of matches) {
    const inMatch = found.filter((mention) => mention.offset >= match.index && mention.offset < match.index + match[0].length);
    const rate = parsePercent(match[5]!);
    if (inMatch.length < 2 || !rate.ok) continue;
    const rateOffset = match.index + match[0].lastIndexOf(match[5]!);
    if (tagged.some(([from, to]) => rateOffset >= from && rateOffset < to)) continue;
    // The direction word follows, in this sentence or the next.
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 80);
    const word = /决算数?(?:与(?:年初)?预算数?)?(大于|小于|等于|持平)/.exec(after)?.[1];
    claims.push({ kind: 'completion', offset: match.index, budget: inMatch[0]!, actual: inMatch[1]!, rate: rate.value, rateText: `${match[5]}%`, word: word === '持平' ? '等于' : (word as '大于' | '小于' | '等于' | undefined) });
  }
}
