/**
 * Identities between facts (src/domain/facts/identities.ts): a figure printed in two tables must agree, last year's
 * figures printed here must agree with last year's disclosure, the plausibility links between tables hold, and
 * totals the narrative states equal their parts, in tables and narrative alike (changes on last year included).
 */
import { abs, moneyToPlain, subtract } from '../../domain/money.ts';
import { failingComparisons, type Failure, type SumFailure, type Term } from '../../domain/facts/identities.ts';
import { PREVIOUS_DISCLOSURE, PROSE, readingPath, type FactPeriod, type FactReading } from '../../domain/facts/reading.ts';
import { tableLabel } from '../../table-kinds/registry.ts';
import { disclosureFacts, disclosureSums, type DisclosureContext, type LocatedRuleFinding } from '../context.ts';
import { sentenceAt } from '../display-path.ts';
import { comparisonFinding } from './sum-check.ts';

export function identityRules(context: DisclosureContext): LocatedRuleFinding[] {
  if (context.tablesInvalid) return [];
  return [
    ...failingComparisons(disclosureFacts(context), context.tolerance).map((failure) => describe(failure, context)),
    ...disclosureSums(context).failures.map((failure) => describeSum(failure, context)),
  ];
}

const PERIOD_NAMES: Record<FactPeriod, string> = { current: '', last: '上年', change: '比上年增减额', budget: '预算数' };

/** A sum that does not hold: where the whole is stated, each figure with where it stands. */
function describeSum({ identity, period, whole, parts, relation, difference }: SumFailure, context: DisclosureContext): LocatedRuleFinding {
  const unit = context.meta.unit;
  const where = (term: Term): string => {
    const item = term.reading;
    if (!item) return '本年−上年';
    if (item.source === PROSE) return `index.md 第${context.bodyStart + (item.line ?? 0)}行`;
    if (item.source === PREVIOUS_DISCLOSURE) return `${context.year - 1}年公开文件`;
    return tableLabel(item.source, context.stage);
  };
  const anchor = [whole, ...parts].find((term) => term.reading?.source === PROSE)?.reading;
  const place = anchor && anchor !== whole.reading && whole.reading && readingPath(whole.reading)
    ? { file: 'tables.yaml' as const, at: readingPath(whole.reading)! }
    : anchor ? { file: 'index.md' as const, at: [], bodyLine: anchor.line ?? 0, sentence: sentenceAt(context.body, anchor.offset ?? 0) } : { file: 'tables.yaml' as const, at: [] };
  const rule = period === 'change' ? 'identity/change' : 'identity/sum';
  const sum = subtract(whole.value, difference);
  const name = `${identity.whole}${PERIOD_NAMES[period]}`;
  const partNames = parts.map((part) => part.fact).join('＋');
  return {
    severity: 'error', rule, ...place,
    message: relation === '='
      ? `${name}应等于${partNames}：${name}为${moneyToPlain(whole.value)}${unit}，各项之和为${moneyToPlain(sum)}${unit}，相差${moneyToPlain(abs(difference))}${unit}`
      : `${name}不应小于其中所列各项之和（${partNames}）：${name}为${moneyToPlain(whole.value)}${unit}，各项之和为${moneyToPlain(sum)}${unit}`,
    messageEn: `${identity.whole} (${period}) does not equal the sum of its parts`,
    values: [
      { label: `${name}（${where(whole)}）`, value: `${moneyToPlain(whole.value)}${unit}` },
      ...parts.map((part) => ({ label: `${part.fact}（${where(part)}）`, value: `${moneyToPlain(part.value)}${unit}` })),
      { label: '各项之和', value: `${moneyToPlain(sum)}${unit}` },
      { label: '差额', value: `${moneyToPlain(difference)}${unit}` },
    ],
  };
}

function describe({ identity, left, right, difference }: Failure, context: DisclosureContext): LocatedRuleFinding {
  const place = (item: FactReading) => (item.source === PREVIOUS_DISCLOSURE ? `${context.year - 1}年公开文件` : tableLabel(item.source, context.stage));
  const label = (item: FactReading) => `${place(item)}${item.label !== undefined ? `“${item.label}”` : ''}`;
  const name = left.label ?? right.label ?? left.fact;
  const subject = identity.subject.replaceAll('{left}', place(left)).replaceAll('{right}', place(right)).replaceAll('{name}', name);
  const at = (item: FactReading) => {
    const path = readingPath(item);
    return path ? { at: path } : {};
  };
  return comparisonFinding({
    rule: identity.rule, file: 'tables.yaml', at: readingPath(left) ?? readingPath(right) ?? [], subject, unit: context.meta.unit,
    ...(identity.severity ? { severity: identity.severity } : {}),
    left: { label: label(left), value: left.value, ...at(left) },
    right: { label: label(right), value: right.value, ...at(right) },
    difference,
  });
}
