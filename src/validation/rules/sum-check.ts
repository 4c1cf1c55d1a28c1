/**
 * The one way every rule compares a stated total with its parts, so all sum messages read alike and always
 * name each addend, the computed total, the stated total and the difference.
 */
import { abs, compare, formatMoney, moneyToPlain, subtract, sum, type Money } from '../../domain/money.ts';
import type { FindingValue, PathSegment } from '../finding.ts';
import type { LocatedRuleFinding, RuleFile } from '../context.ts';

export interface Addend {
  readonly label: string;
  readonly value: Money | undefined;
  /** Path of the addend in the same file, so the message can name its line. */
  readonly at?: readonly PathSegment[];
}

export interface SumCheck {
  readonly rule: string;
  readonly file: RuleFile;
  readonly at: readonly PathSegment[];
  /** What is being totalled, in Chinese: "301 工资福利支出的合计". */
  readonly subject: string;
  readonly addends: readonly Addend[];
  readonly stated: Money | undefined;
  readonly tolerance: Money;
  readonly unit: string;
}

export const show = (value: Money | undefined, unit = ''): string => (value ? `${moneyToPlain(value)}${unit}` : '（空白）');

/**
 * True when some values are present and the stated total (blank counts as 0) differs from their sum by more than
 * the tolerance. Rules with many sums test this first and describe the sum (labels, paths) only when it fails.
 */
export function sumDiffers(values: ReadonlyArray<Money | undefined>, stated: Money | undefined, tolerance: Money): boolean {
  return sumDiffersBy(values, (value) => value, stated, tolerance);
}

/** sumDiffers over the values of items, read in place (no array of values per test: tables test every row). */
export function sumDiffersBy<T>(items: readonly T[], valueOf: (item: T) => Money | undefined, stated: Money | undefined, tolerance: Money): boolean {
  let total = 0n;
  let present = false;
  for (const item of items) {
    const value = valueOf(item);
    if (value === undefined) continue;
    total += value.units;
    present = true;
  }
  if (!present) return false;
  const difference = (stated?.units ?? 0n) - total;
  return (difference < 0n ? -difference : difference) > tolerance.units;
}

/** Returns a finding when the stated total differs from the sum of the addends by more than the tolerance. */
export function checkSum(check: SumCheck): LocatedRuleFinding[] {
  if (!sumDiffersBy(check.addends, (addend) => addend.value, check.stated, check.tolerance)) return [];
  const computed = sum(check.addends.map((addend) => addend.value));
  const difference = subtract(check.stated ?? { units: 0n, decimals: 0 }, computed);
  const values: FindingValue[] = [
    ...check.addends.map((addend) => ({ label: `分项 ${addend.label}`, value: show(addend.value, check.unit), ...(addend.at ? { at: addend.at } : {}) })),
    { label: '分项之和', value: `${moneyToPlain(computed)}${check.unit}` },
    { label: '表中数', value: show(check.stated, check.unit) },
    { label: '差额（表中数−分项之和）', value: `${formatMoney(difference, Math.max(difference.decimals, 2), false)}${check.unit}` },
  ];
  return [{
    severity: 'error',
    rule: check.rule,
    file: check.file,
    at: check.at,
    message: `${check.subject}与分项之和不符：分项之和为${moneyToPlain(computed)}${check.unit}，表中为${show(check.stated, check.unit)}，相差${moneyToPlain(abs(difference))}${check.unit}`,
    messageEn: `Stated total ${show(check.stated)} differs from the sum of its parts ${moneyToPlain(computed)} by ${moneyToPlain(abs(difference))}`,
    values,
  }];
}

/** Compares two figures that must be equal (cross-table identities). */
export function checkEqual(args: {
  rule: string; file: RuleFile; at: readonly PathSegment[]; subject: string;
  left: { label: string; value: Money | undefined }; right: { label: string; value: Money | undefined };
  tolerance: Money; unit: string; severity?: 'error' | 'warning';
}): LocatedRuleFinding[] {
  const { left, right } = args;
  if (!left.value && !right.value) return [];
  const difference = subtract(left.value ?? ZERO, right.value ?? ZERO);
  if (compare(abs(difference), args.tolerance) <= 0) return [];
  return [comparisonFinding({ ...args, difference })];
}

const ZERO: Money = { units: 0n, decimals: 0 };

/** The finding for two figures that should agree: both figures, where each stands, and left − right. */
export function comparisonFinding(args: {
  rule: string; file: RuleFile; at: readonly PathSegment[]; subject: string; unit: string; severity?: 'error' | 'warning';
  left: { label: string; value: Money | undefined; at?: readonly PathSegment[] }; right: { label: string; value: Money | undefined; at?: readonly PathSegment[] };
  difference: Money;
}): LocatedRuleFinding {
  const { left, right, difference, unit } = args;
  return {
    severity: args.severity ?? 'error',
    rule: args.rule,
    file: args.file,
    at: args.at,
    message: `${args.subject}：${left.label}为${show(left.value, unit)}，${right.label}为${show(right.value, unit)}，相差${moneyToPlain(abs(difference))}${unit}`,
    messageEn: `${show(left.value)} ≠ ${show(right.value)} (difference ${moneyToPlain(abs(difference))})`,
    values: [
      { label: left.label, value: show(left.value, unit), ...(left.at ? { at: left.at } : {}) },
      { label: right.label, value: show(right.value, unit), ...(right.at ? { at: right.at } : {}) },
      { label: '差额', value: `${formatMoney(difference, Math.max(difference.decimals, 2), false)}${unit}` },
    ],
  };
}
