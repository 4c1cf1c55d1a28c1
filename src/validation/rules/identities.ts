/**
 * Identities between facts (src/domain/facts/identities.ts): a figure printed in two tables must agree, last year's
 * figures printed here must agree with last year's disclosure, and the plausibility links between tables hold.
 */
import { failingComparisons, type Failure } from '../../domain/facts/identities.ts';
import { PREVIOUS_DISCLOSURE, readingPath, type FactReading } from '../../domain/facts/reading.ts';
import { tableLabel } from '../../table-kinds/registry.ts';
import { disclosureFacts, type DisclosureContext, type LocatedRuleFinding } from '../context.ts';
import { comparisonFinding } from './sum-check.ts';

export function identityRules(context: DisclosureContext): LocatedRuleFinding[] {
  if (context.tablesInvalid) return [];
  return failingComparisons(disclosureFacts(context), context.tolerance).map((failure) => describe(failure, context));
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
