/**
 * Figures tagged in the narrative, {{figure|fact}}, are facts (src/domain/facts/prose.ts): each is checked against
 * the tables where they state the same figure (a blank cell says so), against last year's figures, and against the
 * other figures of the narrative (this year − change = last year, change ÷ last year = growth rate, part ÷ whole =
 * share, actual ÷ budget = completion; sums are src/domain/facts/identities.ts). A tag nothing can check is a
 * warning that says so; a percentage of a zero base is flagged; words of direction must agree with the tag.
 */
import { abs, compare, isZero, moneyToPlain, subtract, type Money } from '../../domain/money.ts';
import { convertUnit } from '../../domain/units.ts';
import { formatPercent, formatRate, percentAgrees, ratePercent, type Percent } from '../../domain/rates.ts';
import { FACT_NAMES } from '../../domain/facts/catalogue.ts';
import { PROSE, readingPath, type FactPeriod, type FactReading } from '../../domain/facts/reading.ts';
import { SUMS } from '../../domain/facts/identities.ts';
import { readTags, TAG_SUFFIXES, type ReadTag } from '../../domain/facts/prose.ts';
import type { FactSheet } from '../../domain/facts/sheet.ts';
import { tableLabel } from '../../table-kinds/registry.ts';
import { disclosureFacts, disclosureSums, fieldKey, type DisclosureContext, type LocatedRuleFinding, type RuleFile } from '../context.ts';
import type { FindingValue } from '../finding.ts';
import { lineCounter } from './text-scan.ts';
import { sentenceAt, sentenceText } from '../display-path.ts';

const PERIOD_WORDS: Record<FactPeriod, string> = { current: '', last: '上年', change: '比上年增减', budget: '预算数' };

export function narrativeRules(context: DisclosureContext): LocatedRuleFinding[] {
  // With tables.yaml unreadable every tag would look unchecked: its own errors say what to fix first.
  if (context.tablesInvalid || !context.body.includes('{{')) return [];
  const body = context.body;
  const sheet = disclosureFacts(context);
  const { checked } = disclosureSums(context);
  const lineOf = lineCounter(body);
  const unit = context.meta.unit;
  const findings: LocatedRuleFinding[] = [];
  const tags = readTags(body);
  const shares: ReadTag[] = [];
  // Figures a rate compared (growth uses this year, last year and the change): they count as checked.
  const used = new Set<string>();
  for (const { meaning } of tags) {
    if (meaning.kind === 'growth') for (const period of ['current', 'last', 'change']) used.add(`${meaning.fact}|${period}`);
    else if (meaning.kind === 'share') used.add(`${meaning.fact}|current`).add(`${meaning.of}|current`);
    else if (meaning.kind === 'completion') used.add(`${meaning.fact}|current`).add(`${meaning.fact}|budget`);
  }
  for (const read of tags) {
    const { tag, meaning } = read;
    // Placed only when reported: most tags have no finding.
    const report = (finding: Omit<LocatedRuleFinding, 'file' | 'at'>) => findings.push({
      file: 'index.md' as RuleFile, at: [], bodyLine: lineOf(tag.offset), sentence: sentenceAt(body, tag.offset),
      ...finding, values: [{ label: '标注', value: tag.text }, ...(finding.values ?? [])],
    });
    if (meaning.kind === 'unknown') {
      report({
        severity: 'error', rule: 'narrative/unknown-fact',
        message: `说明中标注的“${tag.name}”不是可核对的数据名称：名称应为下列之一，可加后缀 .上年、.比上年增加、.比上年减少、.增长率、.下降率、.预算、.完成预算、.占（另一名称）`,
        messageEn: `Unknown fact ${tag.name}`,
        values: [{ label: '可用名称', value: FACT_NAMES.join('、') }, { label: '后缀', value: Object.keys(TAG_SUFFIXES).join('、') }],
      });
      continue;
    }
    if (read.problem) {
      report({ severity: 'error', rule: 'narrative/bad-figure', message: `说明中标注的数字“${tag.figure}”无法识别：${read.problem}`, messageEn: 'Tagged narrative figure is not a number' });
      continue;
    }
    const facts = { sheet, unit, tolerance: context.tolerance, checked, used };
    if (meaning.kind === 'amount' || meaning.kind === 'change') {
      const period: FactPeriod = meaning.kind === 'change' ? 'change' : meaning.period;
      const own = sheet.readingsOf(meaning.fact, period).find((item) => item.source === PROSE && item.offset === tag.offset);
      if (own) amountFindings(own, read, facts, context).forEach((finding) => report(finding));
      if (meaning.kind === 'change') {
        const word = direction(tag.before);
        if (word && word !== (meaning.sign === 1n ? 'up' : 'down')) report(directionFinding(tag.before, tag.name));
        if (!/原因|主要是|主要用于|由于|因为|系/.test(sentenceText(body, tag.offset)) && !isZero(read.amount!)) {
          report({ severity: 'warning', rule: 'plausibility/yoy-no-reason', message: `说明中${tag.name}${tag.figure}${unit}，但没有说明增减原因`, messageEn: 'Year-on-year change with no reason given' });
        }
      }
    } else if (meaning.kind === 'growth') {
      const word = direction(tag.before);
      if (word && word !== (meaning.sign === 1n ? 'up' : 'down')) report(directionFinding(tag.before, tag.name));
      growthFindings(read, meaning.fact, meaning.sign, facts).forEach((finding) => report(finding));
    } else if (meaning.kind === 'share') {
      shares.push(read);
      rateFindings(read, sheet.value(meaning.fact), sheet.value(meaning.of), `${meaning.fact}占${meaning.of}的比重`, `${meaning.fact}`, `${meaning.of}`, unit).forEach((finding) => report(finding));
    } else {
      rateFindings(read, sheet.value(meaning.fact), sheet.value(meaning.fact, 'budget'), `${meaning.fact}完成预算的比例`, `${meaning.fact}决算数`, `${meaning.fact}预算数`, unit).forEach((finding) => report(finding));
    }
  }
  findings.push(...sharesTotalFindings(shares, sheet, lineOf, body));
  return findings;
}

interface FactsInView {
  readonly sheet: FactSheet;
  readonly unit: string;
  readonly tolerance: Money;
  readonly checked: ReadonlySet<FactReading>;
  /** fact|period pairs a tagged rate compares. */
  readonly used: ReadonlySet<string>;
}

const show = (value: Money, unit: string) => `${moneyToPlain(value)}${unit}`;

const isAsPrinted = (context: DisclosureContext, item: FactReading) => {
  const path = readingPath(item);
  return path !== undefined && context.tablesAsPrinted?.has(fieldKey(path)) === true;
};

/** A tagged amount (this year's, last year's, a change, a budget figure) against every other statement of it. */
function amountFindings(own: FactReading, read: ReadTag, { sheet, unit, tolerance, checked, used }: FactsInView, context: DisclosureContext): Array<Omit<LocatedRuleFinding, 'file' | 'at'>> {
  const { tag } = read;
  const figure = own.value!;
  const period = own.period;
  const label = `${own.fact}${PERIOD_WORDS[period]}`;
  const others = sheet.readingsOf(own.fact, period).filter((item) => item !== own);
  const stated = others.find((item) => item.value !== undefined && item.source !== PROSE);
  const table = (item: FactReading): FindingValue => ({ label: item.source === 'previous-disclosure' ? `${context.year - 1}年公开文件中的数` : '表格中的数', value: moneyToPlain(item.value!), ...(readingPath(item) ? { file: 'tables.yaml' as const, at: readingPath(item)! } : {}) });
  if (stated) {
    const expected = stated.value!;
    // A figure written in the other unit: right after converting it is a warning; the same digits with the wrong unit an error.
    const written = tag.unitAfter === '万元' || tag.unitAfter === '元' ? tag.unitAfter : unit;
    if (written === unit || isZero(figure)) {
      if (compare(abs(subtract(figure, expected)), tolerance) <= 0) return [];
    } else {
      const converted = convertUnit(figure, written, unit);
      if (compare(abs(subtract(converted, expected)), tolerance) <= 0) {
        return [{ severity: 'warning', rule: 'plausibility/mixed-units', message: `说明中${label}写成${tag.figure}${written}，本文件单位为${unit}（${moneyToPlain(converted)}${unit}，与表格一致）`, messageEn: 'Amount written in the other unit' }];
      }
      if (compare(abs(subtract(figure, expected)), tolerance) <= 0) return [{
        severity: 'error', rule: 'unit/prose',
        message: `说明中${label}写成${tag.figure}${written}，但本文件单位为${unit}，${stated.source === 'previous-disclosure' ? '上年公开文件' : '表格'}中为${show(expected, unit)}：单位写错了`,
        messageEn: `Amount in prose written in ${written}, the document unit is ${unit}`,
        values: [{ label: '说明中的数', value: `${tag.figure}${written}` }, table(stated)],
      }];
    }
    return [{
      severity: 'error', rule: 'narrative/fact-mismatch',
      message: `说明中写的${label}为${tag.figure}${unit}，但${stated.source === 'previous-disclosure' ? `${context.year - 1}年公开文件` : '表格数据'}为${show(expected, unit)}，相差${show(abs(subtract(figure, expected)), unit)}`,
      messageEn: `Narrative figure ${tag.figure} differs from ${moneyToPlain(expected)}`,
      values: [{ label: '说明中的数', value: tag.figure }, table(stated), { label: '差额', value: moneyToPlain(subtract(figure, expected)) }],
    }];
  }
  // A cell printed in a form no field can read is not blank: the narrative's figure then stands on its own.
  const blank = others.find((item) => item.source !== PROSE && item.value === undefined && !isAsPrinted(context, item));
  if (blank) {
    return [{
      severity: 'error', rule: 'narrative/blank-fact',
      message: `说明中写的${label}为${tag.figure}${unit}，但${tableLabel(blank.source, context.stage)}中这一格是空白：表格漏填，或说明写错`,
      messageEn: `The table leaves ${own.fact} blank while the narrative states ${tag.figure}`,
      values: [{ label: '说明中的数', value: tag.figure }, { label: '表格中的数', value: '（空白）', ...(readingPath(blank) ? { file: 'tables.yaml' as const, at: readingPath(blank)! } : {}) }],
    }];
  }
  // Stated only in the narrative: the same figure written twice must agree.
  const earlier = others.find((item) => item.source === PROSE && item.value !== undefined && (item.offset ?? 0) < (own.offset ?? 0));
  if (earlier) {
    if (compare(abs(subtract(figure, earlier.value!)), tolerance) <= 0) return [];
    return [{
      severity: 'error', rule: 'narrative/fact-mismatch',
      message: `说明中${label}写了两次，前文（第${context.bodyStart + (earlier.line ?? 0)}行）为${show(earlier.value!, unit)}，此处为${tag.figure}${unit}`,
      messageEn: `${own.fact} is stated twice with different figures`,
      values: [{ label: '前文的数', value: moneyToPlain(earlier.value!) }, { label: '此处的数', value: tag.figure }],
    }];
  }
  if (period === 'change') {
    const current = sheet.value(own.fact);
    const last = sheet.value(own.fact, 'last');
    if (current && last) {
      const change = subtract(current, last);
      if (compare(abs(subtract(figure, change)), tolerance) <= 0) return [];
      return [{
        severity: 'error', rule: 'narrative/change-mismatch',
        message: `说明中${own.fact}比上年${figure.units < 0n ? '减少' : '增加'}${show(abs(figure), unit)}，但本年${show(current, unit)}−上年${show(last, unit)}＝${show(change, unit)}`,
        messageEn: `Stated change ${moneyToPlain(figure)} differs from this year − last year ${moneyToPlain(change)}`,
        values: [{ label: '说明中的增减', value: moneyToPlain(figure) }, { label: '本年', value: moneyToPlain(current) }, { label: '上年', value: moneyToPlain(last) }, { label: '本年−上年', value: moneyToPlain(change) }],
      }];
    }
  }
  if (checked.has(own) || used.has(`${own.fact}|${period}`) || otherTagChecks(own, sheet)) return [];
  return [{
    severity: 'warning', rule: 'narrative/unchecked',
    message: `说明中的${label}${tag.figure}${unit}无法核对：表格中没有这个数，也没有与它相关、可以核对的其他数字（如合计与分项、本年与上年）`,
    messageEn: `Nothing can check the tagged ${own.fact}`,
  }];
}

/** A tagged figure is checked by another tag's rate when that rate's other figure is known. */
function otherTagChecks(own: FactReading, sheet: FactSheet): boolean {
  if (own.period === 'last') return sheet.value(own.fact) !== undefined && sheet.value(own.fact, 'change') !== undefined;
  if (own.period === 'current') return sheet.value(own.fact, 'last') !== undefined && sheet.value(own.fact, 'change') !== undefined;
  return false;
}

/** 增长/下降 X%: the change over last year's figure, at the printed precision; never of a zero base. */
function growthFindings(read: ReadTag, fact: string, sign: 1n | -1n, { sheet, unit }: FactsInView): Array<Omit<LocatedRuleFinding, 'file' | 'at'>> {
  const printed = read.percent!;
  const current = sheet.value(fact);
  let last = sheet.value(fact, 'last');
  let change = sheet.value(fact, 'change');
  if (!change && current && last) change = subtract(current, last);
  if (!last && current && change) last = subtract(current, change);
  if (!change || !last) return [unchecked(read, unit)];
  if (isZero(last)) return [zeroBase(read, `${fact}上年数`)];
  const findings: Array<Omit<LocatedRuleFinding, 'file' | 'at'>> = [];
  if (!isZero(change) && (change.units > 0n) !== (sign === 1n)) {
    findings.push({
      severity: 'error', rule: 'narrative/direction',
      message: `说明中写${fact}${sign === 1n ? '增长' : '下降'}${formatPercent(printed)}，但数字是${change.units > 0n ? '增加' : '减少'}${show(abs(change), unit)}`,
      messageEn: 'The direction word contradicts the figures',
      values: [{ label: '增减额', value: moneyToPlain(change) }, { label: '上年', value: moneyToPlain(last) }],
    });
  }
  if (percentAgrees(printed, abs(change), last) !== true) {
    findings.push({
      severity: 'error', rule: 'narrative/rate-mismatch',
      message: `说明中${fact}${sign === 1n ? '增长' : '下降'}${formatPercent(printed)}，但增减额÷上年数＝${formatRate(ratePercent(abs(change), last, printed.decimals))}`,
      messageEn: 'Stated growth rate differs from change ÷ last year',
      values: [{ label: '增减额', value: moneyToPlain(change) }, { label: '上年', value: moneyToPlain(last) }, { label: '计算的比率', value: formatRate(ratePercent(abs(change), last, printed.decimals)) }],
    });
  }
  return findings;
}

/** A share or a completion rate: part ÷ whole at the printed precision; a zero whole is not applicable. */
function rateFindings(read: ReadTag, part: Money | undefined, whole: Money | undefined, what: string, partLabel: string, wholeLabel: string, unit: string): Array<Omit<LocatedRuleFinding, 'file' | 'at'>> {
  const printed = read.percent!;
  if (!part || !whole) return [unchecked(read, unit)];
  if (isZero(whole)) return [zeroBase(read, wholeLabel)];
  if (percentAgrees(printed, part, whole) === true) return [];
  const computed = formatRate(ratePercent(part, whole, printed.decimals));
  return [{
    severity: 'error', rule: 'narrative/rate-mismatch',
    message: `说明中${what}为${formatPercent(printed)}，但${partLabel}${show(part, unit)}÷${wholeLabel}${show(whole, unit)}＝${computed}`,
    messageEn: 'Stated percentage differs from the figures',
    values: [{ label: partLabel, value: moneyToPlain(part) }, { label: wholeLabel, value: moneyToPlain(whole) }, { label: '计算的比率', value: computed }],
  }];
}

const unchecked = (read: ReadTag, unit: string): Omit<LocatedRuleFinding, 'file' | 'at'> => ({
  severity: 'warning', rule: 'narrative/unchecked',
  message: `说明中的${read.tag.name}${read.tag.figure}无法核对：计算它所需的数字（单位${unit}）在表格和说明中都没有`,
  messageEn: `Nothing can check the tagged ${read.tag.name}`,
});

const zeroBase = (read: ReadTag, base: string): Omit<LocatedRuleFinding, 'file' | 'at'> => ({
  severity: 'error', rule: 'narrative/zero-base',
  message: `说明中写${read.tag.name}为${read.tag.figure}，但${base}为0：以0为基数的百分比不适用，应写“不适用”或删去`,
  messageEn: 'A percentage of a zero base',
});

/** The shares of one whole add up to 100% (within the rounding of each printed share) when they cover all its parts. */
function sharesTotalFindings(shares: readonly ReadTag[], sheet: FactSheet, lineOf: (offset: number) => number, body: string): LocatedRuleFinding[] {
  const findings: LocatedRuleFinding[] = [];
  const byWhole = new Map<string, ReadTag[]>();
  for (const read of shares) if (read.meaning.kind === 'share') byWhole.set(read.meaning.of, [...(byWhole.get(read.meaning.of) ?? []), read]);
  for (const [whole, reads] of byWhole) {
    const facts = new Set(reads.map((read) => (read.meaning as { fact: string }).fact));
    const identity = SUMS.find((sum) => sum.whole === whole && sum.parts.every((part) => facts.has(part))
      && (sum.optional ?? []).every((part) => facts.has(part) || !sheet.value(part)));
    if (!identity) continue;
    // Each printed share may be off by one unit of its last digit (rounded or cut off).
    let total = 0n, allowed = 0n;
    const scale = Math.max(...reads.map((read) => read.percent!.decimals));
    for (const read of reads) {
      const factor = 10n ** BigInt(scale - read.percent!.decimals);
      total += read.percent!.scaled * factor;
      allowed += factor;
    }
    const hundred = 100n * 10n ** BigInt(scale);
    if ((total > hundred ? total - hundred : hundred - total) <= allowed) continue;
    const first = reads[0]!;
    findings.push({
      severity: 'error', rule: 'narrative/shares-total', file: 'index.md', at: [], bodyLine: lineOf(first.tag.offset), sentence: sentenceAt(body, first.tag.offset),
      message: `说明中${whole}的各组成部分占比之和为${formatPercent({ scaled: total, decimals: scale })}，应为100%（允许各项四舍五入的误差）`,
      messageEn: 'Shares of one total do not add up to 100%',
      values: reads.map((read) => ({ label: read.tag.name, value: formatPercent(read.percent as Percent) })),
    });
  }
  return findings;
}

const UP = /(?:增加|增长|上升|提高)$/;
const DOWN = /(?:减少|下降|降低|压减)$/;
/** The direction a word right before a tag states, if any. */
const direction = (before: string): 'up' | 'down' | undefined => (UP.test(before) ? 'up' : DOWN.test(before) ? 'down' : undefined);

function directionFinding(before: string, name: string): Omit<LocatedRuleFinding, 'file' | 'at'> {
  return {
    severity: 'error', rule: 'narrative/direction',
    message: `说明中写的是“${before.match(UP)?.[0] ?? before.match(DOWN)?.[0]}”，标注却是“${name}”：增减方向相反`,
    messageEn: 'The direction word contradicts the tag',
  };
}
