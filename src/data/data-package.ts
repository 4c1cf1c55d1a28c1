/**
 * The whole site as one Frictionless Data Package (Tabular Data Package v1): one CSV resource per stage and table,
 * holding the tidy rows (src/data/tidy-table.ts) of that table from every disclosure, so that the files are exactly
 * the per-disclosure downloads stacked; a Table Schema per resource (types from the cells' kinds, never guessed
 * from text); the licence from site.yaml; and each column mapped to a Fiscal Data Package ColumnType (docs/open-data.md).
 * Pure: rows go to a sink, so the build script can stream a large site to disk (scripts/write-data-package.ts).
 */
import type { Cell } from '../table-kinds/view-model.ts';
import type { Site } from '../schemas/site.ts';
import type { Stage } from '../schemas/primitives.ts';
import { STAGE_LABELS } from '../schemas/primitives.ts';
import type { SiteData } from './site-data.ts';
import { disclosureDownloads, PROJECT_KINDS, type Download } from './downloads.ts';
import { tableKind } from '../table-kinds/registry.ts';
import { csvValue } from './csv.ts';
import { mergeColumns, type TidyColumn, type TidyTable } from './tidy-table.ts';

/** Where the package lives on the site, and its files' names. */
export const DATA_PACKAGE_DIR = '/data/';
export const DATA_PACKAGE_DESCRIPTOR = 'datapackage.json';
export const DATA_PACKAGE_ZIP = 'budget-disclosures-datapackage.zip';

/** Cells that hold no value: blank, and a rate whose base is zero (src/domain/rates.ts prints 不适用). */
export const MISSING_VALUES = ['', '不适用'] as const;

export interface PackageResource {
  /** Resource name and file stem: budget-general_budget_expenditure. */
  readonly name: string;
  readonly path: string;
  readonly title: string;
  readonly stage: Stage;
  readonly key: string;
  readonly columns: readonly TidyColumn[];
  /** The downloads whose rows the resource stacks, in the site's order of disclosures. */
  readonly parts: readonly Download[];
}

/** Names of the tables that are not a table kind of the registry (views computed or kept apart by the site). */
const OTHER_TITLES: Readonly<Record<string, string>> = {
  year_on_year: '与上年比较',
  project_execution: '项目预算执行情况',
  procurement_summary: '政府采购情况',
  'department-funds': '部门整体资金',
  'department-indicators': '部门整体绩效指标',
  ...Object.fromEntries(PROJECT_KINDS.map((kind) => [kind.key, kind.title])),
};

/** A table's name across disclosures (a page's own title may carry the department's name or the year). */
export const resourceTitle = (key: string, stage: Stage): string => tableKind(key)?.label[stage] ?? OTHER_TITLES[key] ?? key;

/**
 * Tables left out of the package: the year-on-year view names its columns by the years (2023年, 2022年), so its
 * rows cannot stack across years; the figures it compares are in the tables and in each year's own rows.
 */
const NOT_STACKABLE = new Set(['year_on_year']);

/** One resource per stage and table key, in the order the tables first appear (newest disclosures first). */
export function packageResources(data: Pick<SiteData, 'disclosures'>): PackageResource[] {
  const groups = new Map<string, { stage: Stage; key: string; title: string; parts: Download[]; columns: TidyColumn[][] }>();
  for (const d of data.disclosures) {
    for (const download of disclosureDownloads(d)) {
      if (NOT_STACKABLE.has(download.key)) continue;
      const name = `${d.stage}-${download.key}`.toLowerCase().replace(/[^-a-z0-9._]/g, '-');
      let group = groups.get(name);
      if (!group) groups.set(name, (group = { stage: d.stage, key: download.key, title: `${STAGE_LABELS[d.stage]}：${resourceTitle(download.key, d.stage)}`, parts: [], columns: [] }));
      group.parts.push(download);
      group.columns.push([...download.columns()]);
    }
  }
  return [...groups].map(([name, group]) => ({
    name, path: `${name}.csv`, title: group.title, stage: group.stage, key: group.key, parts: group.parts, columns: mergeColumns(group.columns),
  }));
}

type FieldKind = 'integer' | 'number' | 'percent' | 'string';

/** What the cells of one column held, to type its field. */
class ColumnKinds {
  private money = false;
  private integer = false;
  private decimal = false;
  private percent = false;
  private text = false;

  observe(cell: Cell): void {
    switch (cell.kind) {
      case 'blank': return;
      case 'money': this.money = true; return;
      case 'number': if (Number.isInteger(cell.value)) this.integer = true; else this.decimal = true; return;
      case 'percent': this.percent = true; return;
      case 'na': if (!MISSING_VALUES.includes(cell.text as (typeof MISSING_VALUES)[number])) this.text = true; return;
      default: this.text = true;
    }
  }

  kind(): FieldKind {
    if (this.text || (this.percent && (this.money || this.integer || this.decimal))) return 'string';
    if (this.percent) return 'percent';
    if (this.money || this.decimal) return 'number';
    return this.integer ? 'integer' : 'string';
  }
}

export interface ResourceWritten {
  readonly rows: number;
  readonly kinds: ReadonlyMap<string, FieldKind>;
}

/**
 * Writes a resource's CSV to `sink` (BOM, header, then each part's rows placed under the resource's columns) and
 * returns how many rows it wrote and what its columns held.
 */
export function writeResource(resource: PackageResource, sink: (text: string) => void): ResourceWritten {
  const { columns } = resource;
  const kinds = columns.map(() => new ColumnKinds());
  const position = new Map(columns.map((column, index) => [column.name, index]));
  const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  sink('\uFEFF' + columns.map((column) => quote(column.name)).join(',') + '\r\n');
  let rows = 0;
  for (const part of resource.parts) {
    const table: TidyTable = part.table();
    const indexes = table.columns.map((column) => position.get(column.name)!);
    let text = '';
    for (const row of table.rows) {
      const out: string[] = new Array<string>(columns.length).fill('');
      row.forEach((cell, index) => {
        const at = indexes[index]!;
        kinds[at]!.observe(cell);
        out[at] = quote(csvValue(cell));
      });
      text += out.join(',') + '\r\n';
      rows++;
    }
    sink(text);
  }
  return { rows, kinds: new Map(columns.map((column, index) => [column.name, kinds[index]!.kind()])) };
}

/** The Fiscal Data Package ColumnType of a column (docs/open-data.md), by what it holds. */
function columnType(column: TidyColumn, codeKind: 'functional' | 'economic' | undefined): string | undefined {
  switch (column.name) {
    case '部门标识': return 'administrative-classification:generic:code';
    case '部门名称': return 'administrative-classification:generic:label';
    case '年度': return 'date:fiscal-year';
    case '阶段': return 'phase:id';
    case '项目标识': return 'activity:generic:project:code';
    case '项目名称': return 'activity:generic:project:label';
    case '科目编码': return codeKind ? `${codeKind}-classification:generic:code` : undefined;
    default:
      if (column.role === 'row' && codeKind) return `${codeKind}-classification:generic:label`;
      return column.role === 'value' ? 'value' : undefined;
  }
}

/** Which classification a resource's codes are: the table kinds name their code column (功能分类 / 经济分类科目编码). */
export function codeKindOf(resource: PackageResource): 'functional' | 'economic' | undefined {
  const header = resource.parts.map((part) => part.codeHeader).find(Boolean);
  if (!header) return undefined;
  return header.includes('经济') ? 'economic' : 'functional';
}

const FIELD_TYPES: Record<FieldKind, object> = {
  integer: { type: 'integer' },
  number: { type: 'number' },
  percent: { type: 'number', bareNumber: false },
  string: { type: 'string' },
};

/** Fixed types of the columns every row begins with (src/data/tidy-table.ts), with their constraints. */
const CONTEXT_FIELDS: Record<string, object> = {
  部门标识: { type: 'string', constraints: { required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*' } },
  部门名称: { type: 'string', constraints: { required: true } },
  年度: { type: 'integer', constraints: { required: true, minimum: 1900, maximum: 2099 } },
  阶段: { type: 'string', constraints: { required: true, enum: Object.values(STAGE_LABELS) } },
  表: { type: 'string', constraints: { required: true } },
  单位: { type: 'string', constraints: { enum: ['万元', '元'] } },
  项目标识: { type: 'string', constraints: { required: true } },
  科目编码: { type: 'string', constraints: { pattern: '[0-9]+' } },
  级次: { type: 'string', constraints: { enum: ['类', '款', '项'] } },
  合计行: { type: 'boolean', trueValues: ['是'], falseValues: ['否'], constraints: { required: true } },
};

export function resourceDescriptor(resource: PackageResource, written: ResourceWritten): object {
  const codeKind = codeKindOf(resource);
  const fields = resource.columns.map((column) => {
    const fixed = column.role === 'value' ? undefined : CONTEXT_FIELDS[column.name];
    const type = fixed ?? FIELD_TYPES[written.kinds.get(column.name) ?? 'string'];
    const fiscal = columnType(column, codeKind);
    return { name: column.name, title: column.name, description: column.description, ...type, ...(fiscal ? { columnType: fiscal } : {}) };
  });
  return {
    profile: 'tabular-data-resource',
    name: resource.name,
    path: resource.path,
    title: resource.title,
    description: `${resource.title}：全部公开文件的${STAGE_LABELS[resource.stage]}表，共 ${written.rows} 行；每行注明部门、年度、阶段、表和金额单位。`,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: { fields, missingValues: [...MISSING_VALUES] },
  };
}

/** datapackage.json: the site as a Tabular Data Package, its licence as site.yaml states it. */
export function packageDescriptor(site: Site, resources: readonly object[]): object {
  const home = new URL(site.base_url);
  return {
    profile: 'tabular-data-package',
    name: `${home.hostname.toLowerCase().replace(/[^-a-z0-9.]/g, '-')}-budget-disclosures`,
    title: site.name,
    description: `${site.description ?? site.name}（${site.region}）。金额为各公开文件所列数字，单位见每行“单位”列（1万元 = 10000元）。`,
    homepage: home.href,
    keywords: ['预算', '决算', '绩效', 'budget', 'final accounts', 'fiscal data'],
    ...(site.licence ? { licenses: [{ path: new URL(`${DATA_PACKAGE_DIR}#licence`, home).href, title: site.licence }] } : {}),
    sources: [{ title: site.publisher, path: home.href }],
    resources,
  };
}
