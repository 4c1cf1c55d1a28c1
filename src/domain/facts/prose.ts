/**
 * Figures tagged in the narrative, {{figure|fact}}, as facts of their own: a tagged amount is a reading of its fact
 * (this year's, last year's 上年, the change on last year, the budget figure 预算), and a tagged percentage is a
 * claim about facts (growth 增长率/下降率, a share 占…, completion of the budget 完成预算/执行率). Checked against the
 * tables where they hold the fact, and against each other where they do not (src/validation/rules/narrative.ts).
 */
import { parseMoney, type Money } from '../money.ts';
import { parsePercent, type Percent } from '../rates.ts';
import { factDefinition, FACT_TAG } from './catalogue.ts';
import { PROSE, type FactPeriod, type FactReading } from './reading.ts';

export interface ProseTag {
  /** The tag as written. */
  readonly text: string;
  readonly figure: string;
  /** The fact expression as written: 支出合计, 支出合计.比上年增加, 基本支出.占本年支出合计. */
  readonly name: string;
  readonly offset: number;
  /** The unit written right after the tag (万元, 元, %), if any. */
  readonly unitAfter: string | undefined;
  /** The words right before the tag (up to 6 characters), where direction words stand (增加, 减少). */
  readonly before: string;
}

export function proseTags(body: string): ProseTag[] {
  const tags: ProseTag[] = [];
  for (const match of body.matchAll(FACT_TAG)) {
    const offset = match.index ?? 0;
    const after = body.slice(offset + match[0].length, offset + match[0].length + 2);
    tags.push({
      text: match[0], figure: match[1] ?? '', name: match[2] ?? '', offset,
      unitAfter: after.startsWith('万元') ? '万元' : after.startsWith('元') ? '元' : after.startsWith('%') || after.startsWith('％') ? '%' : undefined,
      before: body.slice(Math.max(0, offset - 6), offset),
    });
  }
  return tags;
}

/** The suffixes of a tagged name, each with what it means. */
export const TAG_SUFFIXES = {
  上年: '上年数',
  预算: '预算数（决算中的年初预算数）',
  比上年增加: '比上年增加额（减少时为负数）',
  比上年减少: '比上年减少额',
  增长率: '比上年增长的百分比',
  下降率: '比上年下降的百分比',
  完成预算: '完成预算的百分比（决算数÷预算数）',
  执行率: '预算执行率（决算数÷预算数）',
  占: '占另一个数的百分比，写作“名称.占另一名称”，如 基本支出.占本年支出合计',
} as const;

export type TagMeaning =
  | { readonly kind: 'amount'; readonly fact: string; readonly period: FactPeriod }
  | { readonly kind: 'change'; readonly fact: string; readonly sign: 1n | -1n }
  | { readonly kind: 'growth'; readonly fact: string; readonly sign: 1n | -1n }
  | { readonly kind: 'share'; readonly fact: string; readonly of: string }
  | { readonly kind: 'completion'; readonly fact: string }
  | { readonly kind: 'unknown' };

const known = (fact: string) => factDefinition(fact) !== undefined;

/** What a tagged name says: which fact, and which of its figures or rates. */
export function tagMeaning(name: string): TagMeaning {
  const dot = name.indexOf('.');
  const fact = dot < 0 ? name : name.slice(0, dot);
  const suffix = dot < 0 ? '' : name.slice(dot + 1);
  if (!known(fact)) return { kind: 'unknown' };
  switch (suffix) {
    case '': return { kind: 'amount', fact, period: 'current' };
    case '上年': return { kind: 'amount', fact, period: 'last' };
    case '预算': return { kind: 'amount', fact, period: 'budget' };
    case '比上年增加': return { kind: 'change', fact, sign: 1n };
    case '比上年减少': return { kind: 'change', fact, sign: -1n };
    case '增长率': return { kind: 'growth', fact, sign: 1n };
    case '下降率': return { kind: 'growth', fact, sign: -1n };
    case '完成预算': case '执行率': return { kind: 'completion', fact };
    default:
      if (suffix.startsWith('占') && known(suffix.slice(1))) return { kind: 'share', fact, of: suffix.slice(1) };
      return { kind: 'unknown' };
  }
}

/** A tag with its meaning and its figure read: an amount, or a percentage. */
export interface ReadTag {
  readonly tag: ProseTag;
  readonly meaning: TagMeaning;
  readonly amount?: Money;
  readonly percent?: Percent;
  /** Why the figure could not be read (the check reports it). */
  readonly problem?: string;
}

const PERCENT_KINDS = new Set(['growth', 'share', 'completion']);

export function readTag(tag: ProseTag): ReadTag {
  const meaning = tagMeaning(tag.name);
  if (meaning.kind === 'unknown') return { tag, meaning };
  if (PERCENT_KINDS.has(meaning.kind)) {
    const percent = parsePercent(tag.figure);
    return percent.ok ? { tag, meaning, percent: percent.value } : { tag, meaning, problem: percent.reason };
  }
  const amount = parseMoney(tag.figure);
  return amount.ok ? { tag, meaning, amount: amount.value } : { tag, meaning, problem: amount.reason };
}

/**
 * Every tag of a narrative, read. The facts and the narrative rule both read a disclosure's tags, one after the
 * other: the last narrative's are kept (results are never changed by their readers).
 */
export function readTags(body: string): readonly ReadTag[] {
  if (body !== lastBody) {
    lastTags = body.includes('{{') ? proseTags(body).map(readTag) : [];
    lastBody = body;
  }
  return lastTags;
}
let lastBody: string | undefined;
let lastTags: readonly ReadTag[] = [];

/** The readings the narrative's tagged amounts give (changes signed: 减少 is negative). */
export function proseReadings(tags: readonly ReadTag[], lineOf: (offset: number) => number): FactReading[] {
  const out: FactReading[] = [];
  for (const { tag, meaning, amount } of tags) {
    if (!amount) continue;
    const line = lineOf(tag.offset);
    if (meaning.kind === 'amount') out.push({ fact: meaning.fact, period: meaning.period, value: amount, source: PROSE, at: undefined, label: undefined, line, offset: tag.offset, origin: undefined });
    else if (meaning.kind === 'change') out.push({ fact: meaning.fact, period: 'change', value: meaning.sign === 1n ? amount : { units: -amount.units, decimals: amount.decimals }, source: PROSE, at: undefined, label: undefined, line, offset: tag.offset, origin: undefined });
  }
  return out;
}
