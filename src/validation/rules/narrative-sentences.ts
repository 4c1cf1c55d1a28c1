/**
 * Untagged prose is not a blind spot: the sentence shapes of src/domain/facts/sentences.ts are checked against
 * themselves — the 其中 parts of a total cannot exceed it, a change's rate is the change over last year's figure,
 * a share is the part over its total, a completion rate is the actual over the budget, and the words of direction
 * (增加/减少, 增长/下降, 决算数大于/小于/等于预算数) agree with the figures.
 */
import { abs, compare, isZero, moneyToPlain, subtract, sum, type Money } from '../../domain/money.ts';
import { convertUnit } from '../../domain/units.ts';
import { formatPercent, formatRate, percentAgrees, ratePercent } from '../../domain/rates.ts';
import { sentenceClaims, type Mention, type SentenceClaim } from '../../domain/facts/sentences.ts';
import type { DisclosureContext, LocatedRuleFinding } from '../context.ts';
import { lineCounter } from './text-scan.ts';
import { sentenceAt } from '../display-path.ts';

export function narrativeSentenceRules(context: DisclosureContext): LocatedRuleFinding[] {
  const body = context.body;
  // Every shape names an amount in 万元 or 元: most narratives without one have nothing to read.
  if (!body.includes('元')) return [];
  const { text, claims } = sentenceClaims(body);
  if (claims.length === 0) return [];
  const lineOf = lineCounter(text);
  const unit = context.meta.unit;
  const inUnit = (mention: Mention): Money => convertUnit(mention.value, mention.unit, unit);
  const findings: LocatedRuleFinding[] = [];
  for (const claim of claims) {
    for (const finding of check(claim, inUnit, unit, context.tolerance)) {
      findings.push({ file: 'index.md', at: [], bodyLine: lineOf(claim.offset), sentence: sentenceAt(text, claim.offset), ...finding });
    }
  }
  return findings;
}

type Described = Omit<LocatedRuleFinding, 'file' | 'at'>;

function check(claim: SentenceClaim, inUnit: (mention: Mention) => Money, unit: string, tolerance: Money): Described[] {
  const show = (value: Money) => `${moneyToPlain(value)}${unit}`;
  switch (claim.kind) {
    case 'breakdown': {
      if (claim.total.tagged && claim.parts.every((part) => part.tagged)) return []; // tagged figures: identities check them
      const total = inUnit(claim.total);
      const parts = sum(claim.parts.map(inUnit));
      if (compare(subtract(parts, total), tolerance) <= 0) return [];
      return [{
        severity: 'error', rule: 'narrative/breakdown',
        message: `说明中“其中”所列各项之和${show(parts)}超过了合计${show(total)}（多${show(subtract(parts, total))}）`,
        messageEn: 'The parts listed after 其中 add up to more than their total',
        values: [{ label: '合计', value: claim.total.text }, ...claim.parts.map((part) => ({ label: '其中', value: part.text })), { label: '各项之和', value: show(parts) }],
      }];
    }
    case 'change': {
      const findings: Described[] = [];
      if (claim.up !== claim.rateUp) {
        findings.push({
          severity: 'error', rule: 'narrative/direction',
          message: `说明中先写${claim.up ? '增加' : '减少'}${claim.change.text}，又写${claim.rateUp ? '增长' : '下降'}${claim.rateText}：增减方向前后矛盾`,
          messageEn: 'The change and its rate are written with opposite directions',
        });
        return findings;
      }
      if (!claim.current) return findings;
      const current = inUnit(claim.current);
      const change = inUnit(claim.change);
      const last = claim.up ? subtract(current, change) : { units: current.units + change.units, decimals: Math.max(current.decimals, change.decimals) };
      if (isZero(last)) {
        return [{ severity: 'error', rule: 'narrative/zero-base', message: `说明中写${claim.rateUp ? '增长' : '下降'}${claim.rateText}，但上年数（${claim.current.text}${claim.up ? '−' : '＋'}${claim.change.text}）为0：以0为基数的百分比不适用`, messageEn: 'A growth rate over a zero base' }];
      }
      if (last.units < 0n || percentAgrees(claim.rate, change, last) === true) return findings;
      const computed = formatRate(ratePercent(change, last, claim.rate.decimals));
      findings.push({
        severity: 'error', rule: 'narrative/rate-mismatch',
        message: `说明中${claim.up ? '增长' : '下降'}${claim.rateText}，但${claim.change.text}÷上年${show(last)}（${claim.current.text}${claim.up ? '−' : '＋'}${claim.change.text}）＝${computed}`,
        messageEn: 'The stated growth rate differs from change ÷ last year',
        values: [{ label: '本年', value: claim.current.text }, { label: '增减额', value: claim.change.text }, { label: '上年', value: show(last) }, { label: '计算的比率', value: computed }],
      });
      return findings;
    }
    case 'share': {
      const whole = inUnit(claim.whole);
      const part = inUnit(claim.part);
      if (isZero(whole) || percentAgrees(claim.share, part, whole) === true) return [];
      const computed = formatRate(ratePercent(part, whole, claim.share.decimals));
      return [{
        severity: 'error', rule: 'narrative/rate-mismatch',
        message: `说明中${claim.part.text}占${claim.shareText}，但${claim.part.text}÷合计${claim.whole.text}＝${computed}`,
        messageEn: 'The stated share differs from part ÷ total',
        values: [{ label: '部分', value: claim.part.text }, { label: '合计', value: claim.whole.text }, { label: '计算的比率', value: computed }],
      }];
    }
    case 'completion': {
      const budget = inUnit(claim.budget);
      const actual = inUnit(claim.actual);
      if (isZero(budget)) {
        return [{ severity: 'error', rule: 'narrative/zero-base', message: `说明中年初预算为${claim.budget.text}，却写“完成年初预算的${claim.rateText}”：预算为0时完成率不适用`, messageEn: 'A completion rate over a zero budget' }];
      }
      const findings: Described[] = [];
      if (percentAgrees(claim.rate, actual, budget) !== true) {
        const computed = formatRate(ratePercent(actual, budget, claim.rate.decimals));
        findings.push({
          severity: 'error', rule: 'narrative/rate-mismatch',
          message: `说明中写完成年初预算的${claim.rateText}，但支出决算${claim.actual.text}÷年初预算${claim.budget.text}＝${computed}`,
          messageEn: 'The stated completion rate differs from actual ÷ budget',
          values: [{ label: '年初预算', value: claim.budget.text }, { label: '支出决算', value: claim.actual.text }, { label: '计算的比率', value: computed }],
        });
      }
      const order = compare(actual, budget);
      const right = order > 0 ? '大于' : order < 0 ? '小于' : '等于';
      if (claim.word && claim.word !== right && compare(abs(subtract(actual, budget)), tolerance) > 0) {
        findings.push({
          severity: 'error', rule: 'narrative/direction',
          message: `说明中写“决算数${claim.word}预算数”，但支出决算${claim.actual.text}${right}年初预算${claim.budget.text}`,
          messageEn: 'The direction word contradicts the budget and the actual',
          values: [{ label: '年初预算', value: claim.budget.text }, { label: '支出决算', value: claim.actual.text }],
        });
      }
      return findings;
    }
  }
}
