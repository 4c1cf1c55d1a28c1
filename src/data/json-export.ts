/**
 * Machine-readable exports: exact amounts as decimal strings (never floats), percentages as printed.
 */
import { moneyToPlain, type Money } from '../domain/money.ts';
import { formatPercent, type Percent } from '../domain/rates.ts';
import type { DisclosureView } from './site-data.ts';

const isMoney = (value: unknown): value is Money =>
  typeof value === 'object' && value !== null && typeof (value as Money).units === 'bigint' && 'decimals' in value;
const isPercent = (value: unknown): value is Percent =>
  typeof value === 'object' && value !== null && typeof (value as Percent).scaled === 'bigint';

export function exportValue(value: unknown): unknown {
  if (isMoney(value)) return moneyToPlain(value);
  if (isPercent(value)) return formatPercent(value);
  if (Array.isArray(value)) return value.map(exportValue);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, exportValue(v)]));
  return value;
}

export function disclosureJson(d: DisclosureView, baseUrl: string): object {
  return {
    url: new URL(d.url, baseUrl).href,
    year: d.year, stage: d.stage, department: { id: d.department.id, name: d.department.name, region: d.department.region },
    unit: d.meta.unit,
    meta: exportValue({ ...d.meta, acknowledgements: undefined }),
    narrative_markdown: d.body,
    tables: exportValue(d.tablesData ?? {}),
    performance: exportValue(d.performance ?? {}),
    data_notes: d.notes.map((note) => ({ rule: note.rule, path: note.path, explanation: note.acknowledged?.explanation, values: note.values })),
  };
}
