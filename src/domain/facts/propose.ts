/**
 * Proposed tags for untagged figures: an amount in the narrative that equals a known fact (this year's, last
 * year's, or the change between them) is proposed as {{figure|fact}}, named by the words right before it where
 * several facts share the value. The editor accepts proposals into the file (scripts/tags.ts); nothing is tagged
 * unasked. Pure.
 */
import { equals, parseMoney, subtract, type Money } from '../money.ts';
import { convertUnit } from '../units.ts';
import { FACT_TAG, FACTS } from './catalogue.ts';
import { factParameter } from './reading.ts';
import type { FactSheet } from './sheet.ts';

export interface Proposal {
  /** Where the figure stands in the body, and its text (without the unit). */
  readonly offset: number;
  readonly figure: string;
  readonly unit: string;
  /** The fact proposed, when one is clear; else the candidates sharing the value. */
  readonly fact: string | undefined;
  readonly candidates: readonly string[];
  /** The words before the figure that named it. */
  readonly context: string;
}

const AMOUNT = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万元|元)/g;

/** Words a narrative uses for a fact, besides its own name (支出:201 is named by its printed line). */
const WORDS: Readonly<Record<string, readonly string[]>> = {
  收入合计: ['收入总计', '收入预算', '收入决算', '收入'], 支出合计: ['支出总计', '支出预算', '支出决算', '支出'],
  本年收入合计: ['本年收入'], 本年支出合计: ['本年支出'], 一般公共预算拨款收入: ['一般公共预算拨款', '一般公共预算财政拨款收入'],
  一般公共预算支出: ['一般公共预算财政拨款支出', '一般公共预算支出'], 三公经费: ['三公', '“三公”经费'],
  因公出国费: ['因公出国'], 公务用车运行费: ['公务用车运行维护费', '运行维护费'], 公务用车购置费: ['公务用车购置'],
  公务接待费: ['公务接待'], 机关运行经费: ['运行经费'], 政府采购预算: ['政府采购预算总额', '政府采购'],
};

/** Does the text before a figure name this fact? */
function names(before: string, fact: string, sheet: FactSheet): boolean {
  const [base, parameter] = factParameter(fact);
  if (parameter) {
    const label = sheet.reading(fact)?.label;
    return Boolean(label && before.includes(label));
  }
  return before.includes(base) || (WORDS[base] ?? []).some((word) => before.includes(word));
}

export function proposeTags(body: string, sheet: FactSheet, unit: string): Proposal[] {
  const tagged: Array<[number, number]> = [...body.matchAll(FACT_TAG)].map((match) => [match.index ?? 0, (match.index ?? 0) + match[0].length]);
  const proposals: Proposal[] = [];
  for (const match of body.matchAll(AMOUNT)) {
    const offset = match.index ?? 0;
    if (tagged.some(([start, end]) => offset >= start && offset < end)) continue;
    const parsed = parseMoney(match[1]!);
    if (!parsed.ok || parsed.value.units === 0n) continue; // zeros match too many facts to name any
    const value = convertUnit(parsed.value, match[2]!, unit);
    const sentenceStart = Math.max(body.lastIndexOf('。', offset), body.lastIndexOf('\n', offset), body.lastIndexOf('；', offset)) + 1;
    const before = body.slice(Math.max(sentenceStart, offset - 40), offset);
    const change = /(增加|减少|增长|下降)\s*$/.exec(before)?.[1];
    const candidates = candidatesFor(value, sheet, change);
    if (candidates.length === 0) continue;
    const named = candidates.filter((fact) => names(before, fact.replace(/\.[^.]+$/, ''), sheet));
    // Chosen only when the words before it name it: a value shared by chance is proposed as candidates, never chosen.
    const chosen = named.length === 1 ? named[0] : undefined;
    proposals.push({ offset, figure: match[1]!, unit: match[2]!, fact: chosen, candidates: named.length ? named : candidates, context: before });
  }
  return proposals;
}

/** Facts stating this value: this year's, last year's (.上年), or a change of it (after 增加/减少). */
function candidatesFor(value: Money, sheet: FactSheet, change: string | undefined): string[] {
  const out: string[] = [];
  const facts = new Set<string>([...sheet.names('current'), ...sheet.names('last')]);
  for (const fact of facts) {
    if (!FACTS.some((definition) => definition.name.replace(/:<.*>$/, '') === factParameter(fact)[0])) continue;
    const current = sheet.value(fact);
    const last = sheet.value(fact, 'last');
    if (change && current && last) {
      const delta = subtract(current, last);
      const down = change === '减少' || change === '下降';
      if (equals(down ? { units: -delta.units, decimals: delta.decimals } : delta, value)) out.push(`${fact}.${down ? '比上年减少' : '比上年增加'}`);
      continue;
    }
    if (change) continue;
    if (current && equals(current, value)) out.push(fact);
    if (last && equals(last, value)) out.push(`${fact}.上年`);
  }
  return out;
}
