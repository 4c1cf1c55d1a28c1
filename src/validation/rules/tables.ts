/**
 * The tables of a disclosure: each present table checked by its kind (src/table-kinds/), then completeness: every
 * standard table of the stage is filled or explained under omitted_tables, and omitted_tables names only standard
 * tables that are indeed absent.
 */
import { TABLE_KINDS, standardSlots, tableLabel } from '../../table-kinds/registry.ts';
import { kindContext, presentTables } from '../../table-kinds/tables.ts';
import type { FindingValue, PathSegment } from '../finding.ts';
import type { DisclosureContext, LocatedRuleFinding } from '../context.ts';

export function tableRules(context: DisclosureContext): LocatedRuleFinding[] {
  const tables = context.tables;
  if (!tables) return [];
  const findings: LocatedRuleFinding[] = [];
  const shape = { stage: context.stage, year: context.year, unit: context.meta.unit };
  for (const { kind, table } of presentTables(tables)) {
    if (!kind.rules) continue;
    for (const finding of kind.rules(table, { ...kindContext(kind, shape), tolerance: context.tolerance })) findings.push(prefixed(kind.key, finding));
  }
  findings.push(...completenessRules(context));
  return findings;
}

/** A kind's finding with its paths (relative to the table) made paths in tables.yaml. */
function prefixed(key: string, finding: LocatedRuleFinding): LocatedRuleFinding {
  const prefix = (at: readonly PathSegment[]) => [key, ...at];
  const values = finding.values?.map((value): FindingValue => (value.at && (!value.file || value.file === 'tables.yaml') ? { ...value, at: prefix(value.at) } : value));
  return { ...finding, at: prefix(finding.at), ...(values ? { values } : {}) };
}

/** Kinds that are standard in some stage: the keys omitted_tables may name. */
const STANDARD_KEYS = TABLE_KINDS.filter((kind) => kind.standard).map((kind) => kind.key);

function completenessRules(context: DisclosureContext): LocatedRuleFinding[] {
  const tables = context.tables!;
  const findings: LocatedRuleFinding[] = [];
  const omitted = tables.omitted_tables ?? {};
  for (const key of Object.keys(omitted)) {
    if (!STANDARD_KEYS.includes(key)) {
      findings.push({
        severity: 'error', rule: 'schema/unknown-table', file: 'tables.yaml', at: ['omitted_tables', key, '#key'],
        message: `omitted_tables 中的“${key}”不是标准表的名称`,
        messageEn: `Unknown standard table ${key}`,
        values: [{ label: '标准表', value: STANDARD_KEYS.join(', ') }],
      });
    } else if (tables[key]) {
      findings.push({
        severity: 'error', rule: 'table/omitted-but-present', file: 'tables.yaml', at: ['omitted_tables', key, '#key'],
        message: `${tableLabel(key, context.stage)}已在本文件中填写，却又列在 omitted_tables（未包含的表）中`,
        messageEn: `Table ${key} is both present and listed as omitted`,
      });
    }
  }
  for (const { kinds } of standardSlots(context.stage)) {
    if (kinds.some((kind) => tables[kind.key] !== undefined || kind.key in omitted)) continue;
    findings.push({
      severity: 'warning', rule: 'plausibility/missing-table', file: 'tables.yaml', at: [],
      message: `缺少标准表“${kinds.map((kind) => kind.label[context.stage]).join('”或“')}”：请填写，或在 omitted_tables 中说明未公开的原因`,
      messageEn: `Standard table ${kinds.map((kind) => kind.key).join(' or ')} is missing`,
    });
  }
  return findings;
}
