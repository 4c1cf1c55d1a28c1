/**
 * Resolves a tagged name (支出合计, 支出合计.上年, 支出合计.比上年增加, 机关运行经费.比上年减少) against a fact sheet.
 */
import { subtract, type Money } from '../money.ts';
import { FACT_SUFFIXES } from './catalogue.ts';
import type { FactSheet } from './sheet.ts';

export type FactLookup =
  | { kind: 'value'; value: Money }
  | { kind: 'unknown-fact' }
  | { kind: 'no-last-year' };

export function resolveFact(name: string, sheet: FactSheet): FactLookup {
  // name.split('.', 2) without the array: the base, and the text up to a second dot if any.
  const dot = name.indexOf('.');
  const second = dot < 0 ? -1 : name.indexOf('.', dot + 1);
  const base = dot < 0 ? name : name.slice(0, dot);
  const suffix = dot < 0 ? undefined : name.slice(dot + 1, second < 0 ? undefined : second);
  if (suffix !== undefined && !(FACT_SUFFIXES as readonly string[]).includes(suffix)) return { kind: 'unknown-fact' };
  const value = sheet.value(base);
  if (!suffix) return value ? { kind: 'value', value } : { kind: 'unknown-fact' };
  const last = sheet.value(base, 'last');
  if (!value && !last) return { kind: 'unknown-fact' };
  if (!last) return { kind: 'no-last-year' };
  if (suffix === '上年') return { kind: 'value', value: last };
  if (!value) return { kind: 'unknown-fact' };
  return { kind: 'value', value: suffix === '比上年增加' ? subtract(value, last) : subtract(last, value) };
}
