/**
 * The downloads of a disclosure: every table in every download format (the tables of all projects combined into
 * one file per kind, with the project as first column, so a disclosure has a handful of files rather than one per
 * project), besides the JSON of the whole disclosure. Pure: the build script writes them.
 */
import type { DisclosureView } from './site-data.ts';
import { BLANK, textCell, type ColumnView, type RowView, type TableView } from '../table-kinds/view-model.ts';
import { tableToCsv } from './csv.ts';
import { tableToJson } from './table-json.ts';

/** A file format every table is offered in: adding one is a writer and a line here. */
export interface DownloadFormat {
  readonly extension: string;
  /** Shown in the link: 下载本表（CSV）. */
  readonly label: string;
  readonly write: (view: TableView) => string;
}

export const DOWNLOAD_FORMATS: readonly DownloadFormat[] = [
  { extension: 'csv', label: 'CSV', write: tableToCsv },
  { extension: 'json', label: 'JSON', write: tableToJson },
];

export interface Download {
  /** File name without extension (one file per format). */
  readonly name: string;
  readonly title: string;
  readonly view: TableView;
}

export const PROJECT_FUNDS = 'projects-funds';
export const PROJECT_INDICATORS = 'projects-indicators';

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
  const add = (name: string | undefined, view: TableView | undefined) => { if (name && view) downloads.push({ name, title: view.title, view }); };
  for (const view of d.tables) add(view.id, view);
  add(d.departmentFunds?.id, d.departmentFunds);
  add(d.departmentIndicators?.id, d.departmentIndicators);
  add(d.projectExecution?.id, d.projectExecution);
  const funds = d.projects.flatMap((p) => [p.funds, p.breakdown].filter((v): v is TableView => v !== undefined).map((view) => ({ name: p.project.name, view })));
  if (funds.length) add(PROJECT_FUNDS, combineViews(PROJECT_FUNDS, '各项目资金', funds));
  if (d.projects.length) add(PROJECT_INDICATORS, combineViews(PROJECT_INDICATORS, '各项目绩效指标', d.projects.map((p) => ({ name: p.project.name, view: p.indicators }))));
  return downloads;
}

/** The download (name without extension) that holds a given table view of the page. */
export function downloadNameFor(viewId: string): string {
  if (/^project-.*-(funds|breakdown)$/.test(viewId)) return PROJECT_FUNDS;
  if (/^project-.*-indicators$/.test(viewId)) return PROJECT_INDICATORS;
  return viewId;
}

export interface DownloadLink {
  readonly href: string;
  readonly format: string;
}

/** The links to a download in every format, under a disclosure's URL. */
export const downloadLinks = (base: string, name: string): DownloadLink[] =>
  DOWNLOAD_FORMATS.map((format) => ({ href: `${base}${name}.${format.extension}`, format: format.label }));

/** The links to the download holding a table view of the page. */
export const tableDownloadLinks = (base: string, viewId: string): DownloadLink[] => downloadLinks(base, downloadNameFor(viewId));
