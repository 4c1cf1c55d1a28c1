/**
 * The downloads of a disclosure: a CSV for every table (the tables of all projects combined into one CSV per
 * kind, with the project as first column, so a disclosure has a handful of files rather than one per project)
 * and the JSON of the whole disclosure. Pure: the build script writes them.
 */
import type { DisclosureView } from './site-data.ts';
import { BLANK, textCell, type ColumnView, type RowView, type TableView } from '../table-kinds/view-model.ts';

export interface Download {
  readonly file: string;
  readonly title: string;
  readonly view: TableView;
}

export const PROJECT_FUNDS_CSV = 'projects-funds.csv';
export const PROJECT_INDICATORS_CSV = 'projects-indicators.csv';

/** Several tables as one: a leading 项目 column, then the union of their columns (by label, in first-seen order). */
export function combineViews(id: string, title: string, parts: ReadonlyArray<{ name: string; view: TableView }>): TableView {
  const columns: ColumnView[] = [];
  for (const { view } of parts) for (const column of view.columns) if (!columns.some((c) => c.label === column.label)) columns.push(column);
  const rowHeader = parts[0]?.view.rowHeader ?? '项目';
  const rows: RowView[] = parts.flatMap(({ name, view }) => view.rows.map((row) => ({
    header: name,
    cells: [
      textCell([row.group, row.header].filter(Boolean).join(' / ')),
      ...columns.map((column) => row.cells[view.columns.findIndex((c) => c.label === column.label)] ?? BLANK),
    ],
  })));
  return { id, title, ...(parts[0]?.view.unit ? { unit: parts[0].view.unit } : {}), rowHeader: '项目', columns: [{ label: rowHeader, numeric: false }, ...columns], rows };
}

export function disclosureDownloads(d: DisclosureView): Download[] {
  const downloads: Download[] = [];
  const add = (file: string, view: TableView | undefined) => { if (view) downloads.push({ file, title: view.title, view }); };
  for (const view of d.tables) add(`${view.id}.csv`, view);
  add(`${d.departmentFunds?.id}.csv`, d.departmentFunds);
  add(`${d.departmentIndicators?.id}.csv`, d.departmentIndicators);
  add(`${d.projectExecution?.id}.csv`, d.projectExecution);
  const funds = d.projects.flatMap((p) => [p.funds, p.breakdown].filter((v): v is TableView => v !== undefined).map((view) => ({ name: p.project.name, view })));
  if (funds.length) add(PROJECT_FUNDS_CSV, combineViews('projects-funds', '各项目资金', funds));
  if (d.projects.length) add(PROJECT_INDICATORS_CSV, combineViews('projects-indicators', '各项目绩效指标', d.projects.map((p) => ({ name: p.project.name, view: p.indicators }))));
  return downloads;
}

/** The CSV that holds a given table view of the page. */
export function csvFileFor(viewId: string): string {
  if (/^project-.*-(funds|breakdown)$/.test(viewId)) return PROJECT_FUNDS_CSV;
  if (/^project-.*-indicators$/.test(viewId)) return PROJECT_INDICATORS_CSV;
  return `${viewId}.csv`;
}
