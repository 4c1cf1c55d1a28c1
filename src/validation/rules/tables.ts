/**
 * The tables of a disclosure: each present table checked by its kind (src/table-kinds/), then completeness: every
 * standard table of the stage is filled or explained (omitted_tables: the document has no such table;
 * missing_from_source: it has one our source lacks), and both lists name only known tables that are indeed absent.
 */
import { standardSlots } from '../../table-kinds/registry.ts';
import { acceptedTableNames, resolveTableName } from '../../table-kinds/table-names.ts';
import { kindContext, presentTables } from '../../table-kinds/tables.ts';
import type { Finding, FindingValue, PathSegment } from '../finding.ts';
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

/** The two lists in which a disclosure names tables it does not fill, with what each statement means. */
const LISTS = [
  { field: 'omitted_tables', zh: 'omitted_tables（原文未包含的表）' },
  { field: 'missing_from_source', zh: 'missing_from_source（原文有、来源文件缺少的表）' },
] as const;

/**
 * Every table a disclosure names as not filled must be a table some template has, named once, and indeed absent;
 * every standard slot of the stage is filled, or named in either list (a table the source lacks is explained, not
 * missing). A standard table neither filled nor named is a warning that stays visible on the page.
 */
function completenessRules(context: DisclosureContext): LocatedRuleFinding[] {
  const tables = context.tables!;
  const findings: LocatedRuleFinding[] = [];
  const named = new Map<string, { field: string; listed: string }>();
  for (const { field, zh } of LISTS) {
    for (const listed of Object.keys(tables[field] ?? {})) {
      const at = [field, listed, '#key'];
      const table = resolveTableName(listed);
      if (!table) {
        findings.push(unknownTable(field, zh, listed, at));
        continue;
      }
      const kind = table.kind;
      if (!kind) continue;
      const earlier = named.get(kind.key);
      if (earlier) {
        findings.push({
          severity: 'error', rule: 'table/listed-twice', file: 'tables.yaml', at,
          message: `${kind.label[context.stage]}列了两次：${earlier.field} 中的“${earlier.listed}”和 ${field} 中的“${listed}”是同一张表，请只保留一条说明`,
          messageEn: `Table ${kind.key} is named twice (${earlier.field}: ${earlier.listed}; ${field}: ${listed})`,
          values: [{ label: '第一次', value: `${earlier.field}: ${earlier.listed}` }, { label: '第二次', value: `${field}: ${listed}` }],
        });
        continue;
      }
      named.set(kind.key, { field, listed });
      if (tables[kind.key] !== undefined) {
        findings.push({
          severity: 'error', rule: 'table/omitted-but-present', file: 'tables.yaml', at,
          message: `${kind.label[context.stage]}已在本文件中填写，却又列在 ${zh}中`,
          messageEn: `Table ${kind.key} is both present and listed under ${field}`,
          values: [{ label: '所列名称', value: listed }, { label: '表的键', value: kind.key }],
        });
      }
    }
  }
  for (const { kinds } of standardSlots(context.stage)) {
    if (kinds.some((kind) => tables[kind.key] !== undefined || named.has(kind.key))) continue;
    const names = kinds.map((kind) => kind.label[context.stage]);
    findings.push({
      severity: 'warning', rule: 'plausibility/missing-table', file: 'tables.yaml', at: [],
      message: `缺少标准表“${names.join('”或“')}”：请填写；原文未包含的，在 omitted_tables 中说明原因；原文有而来源文件缺少的，在 missing_from_source 中说明`,
      messageEn: `Standard table ${kinds.map((kind) => kind.key).join(' or ')} is missing`,
      values: [{ label: MISSING_TABLE_LABEL, value: names.join('或') }, { label: '可用的键', value: kinds.map((kind) => kind.key).join(', ') }],
    });
  }
  return findings;
}

function unknownTable(field: string, zh: string, listed: string, at: readonly (string | number)[]): LocatedRuleFinding {
  const accepted = acceptedTableNames();
  return {
    severity: 'error', rule: 'schema/unknown-table', file: 'tables.yaml', at,
    message: `${zh}中的“${listed}”不是已知的表名：请写表的键（如 general_budget_expenditure）或模板印的表名（如 一般公共预算财政拨款支出表）`,
    messageEn: `Unknown table ${listed} under ${field}`,
    values: [{ label: '可用的键', value: accepted.keys.join(', ') }, { label: '可用的表名', value: accepted.names.join('、') }],
  };
}

/** The label of the value that names the missing tables in a plausibility/missing-table finding. */
const MISSING_TABLE_LABEL = '缺少的标准表';

/** The standard table a plausibility/missing-table finding says is missing (as the page tells readers), else undefined. */
export function missingTableName(finding: Finding): string | undefined {
  return finding.rule === MISSING_TABLE_RULE ? finding.values?.find((item) => item.label === MISSING_TABLE_LABEL)?.value : undefined;
}
const MISSING_TABLE_RULE = 'plausibility/missing-table';
