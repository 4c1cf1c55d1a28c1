/**
 * The downloads of a disclosure: every table in every download format, as tidy rows (src/data/tidy-table.ts).
 * File names are unique across the site (2023-shizhu-organization-budget-general_budget_expenditure.csv), so files
 * from many disclosures can sit in one folder. Each project's tables are files of their own (the link under a
 * project's table gives that project's rows), and the tables of all projects are also offered combined, one file
 * per kind. Pure: scripts/write-downloads.ts writes them.
 */
import type { DisclosureView } from './site-data.ts';
import type { TableView } from '../table-kinds/view-model.ts';
import { tableToCsv } from './csv.ts';
import { tableToJson } from './table-json.ts';
import { concatTidy, downloadStem, mergeColumns, tidyColumns, tidyTable, type DownloadContext, type TidyColumn, type TidyTable } from './tidy-table.ts';
import { nameInYear } from './department-names.ts';

/** A file format every table is offered in: adding one is a writer and a line here. */
export interface DownloadFormat {
  readonly extension: string;
  /** Shown in the link: 下载本表（CSV）. */
  readonly label: string;
  readonly write: (table: TidyTable) => string;
}

export const DOWNLOAD_FORMATS: readonly DownloadFormat[] = [
  { extension: 'csv', label: 'CSV', write: tableToCsv },
  { extension: 'json', label: 'JSON', write: tableToJson },
];

export interface Download {
  /** File name without extension (one file per format), unique across the site. */
  readonly name: string;
  /** The table's name without the disclosure's stem: general_budget_expenditure, projects-indicators. */
  readonly key: string;
  readonly title: string;
  /** The view's name for its codes (功能分类科目编码 …), when it has codes. */
  readonly codeHeader?: string;
  /** The columns of the rows, without making them. */
  readonly columns: () => readonly TidyColumn[];
  /** The rows, made when a file is written (listing the downloads of a page needs only names and titles). */
  readonly table: () => TidyTable;
}

/** The combined tables of all projects, one file per kind of project table. */
export const PROJECT_KINDS = [
  { key: 'projects-funds', title: '各项目资金', view: 'funds' },
  { key: 'projects-breakdown', title: '各项目资金构成', view: 'breakdown' },
  { key: 'projects-indicators', title: '各项目绩效指标', view: 'indicators' },
] as const;

/** The context of a disclosure's rows: its department (by the name it had that year), year and stage. */
export function downloadContext(d: DisclosureView): DownloadContext {
  return { department: { id: d.department.id, name: nameInYear(d.department, d.year) }, year: d.year, stage: d.stage };
}

/** The stem of a disclosure's file names from its URL (/2023/shizhu-organization/budget/ → 2023-shizhu-organization-budget). */
export const stemOfUrl = (url: string): string => url.split('/').filter(Boolean).join('-');

/** The download holding a table view of a disclosure page: its own file, a project's table included. */
export const downloadNameFor = (disclosureUrl: string, viewId: string): string => `${stemOfUrl(disclosureUrl)}-${viewId}`;

const single = (d: DisclosureView, view: TableView, context: DownloadContext = downloadContext(d)): Download => {
  const name = `${downloadStem(context)}-${view.id}`;
  return {
    name, key: view.id, title: view.title, ...(view.codeHeader ? { codeHeader: view.codeHeader } : {}),
    columns: () => tidyColumns(view, context), table: () => tidyTable(name, view, context),
  };
};

/** The downloads listed on a disclosure page: its tables, department performance, and project tables combined by kind. */
export function disclosureDownloads(d: DisclosureView): Download[] {
  const context = downloadContext(d);
  const views = [...d.tables, d.departmentFunds, d.departmentIndicators, d.projectExecution].filter((view): view is TableView => view !== undefined);
  const downloads = views.map((view) => single(d, view, context));
  for (const kind of PROJECT_KINDS) {
    const projects = d.projects.filter((p) => p[kind.view]);
    if (projects.length === 0) continue;
    const name = `${downloadStem(context)}-${kind.key}`;
    const parts = () => projects.map((p) => ({ view: p[kind.view]!, context: { ...context, project: { id: p.project.id, name: p.project.name } } }));
    downloads.push({
      name, key: kind.key, title: kind.title,
      columns: () => mergeColumns(parts().map((part) => tidyColumns(part.view, part.context))),
      table: () => concatTidy(name, kind.title, parts().map((part) => tidyTable(name, part.view, part.context))),
    });
  }
  return downloads;
}

/** Each project's own tables (funds, funding lines, indicators), one file each: the links under a project's tables. */
export function projectDownloads(d: DisclosureView): Download[] {
  const context = downloadContext(d);
  return d.projects.flatMap((p) => {
    const projectContext = { ...context, project: { id: p.project.id, name: p.project.name } };
    return PROJECT_KINDS.flatMap((kind) => (p[kind.view] ? [single(d, p[kind.view]!, projectContext)] : []));
  });
}

export interface DownloadLink {
  readonly href: string;
  readonly format: string;
}

/** The links to a download in every format, under a disclosure's URL. */
export const downloadLinks = (base: string, name: string): DownloadLink[] =>
  DOWNLOAD_FORMATS.map((format) => ({ href: `${base}${name}.${format.extension}`, format: format.label }));

/** The links to the download holding a table view of the page. */
export const tableDownloadLinks = (base: string, viewId: string): DownloadLink[] => downloadLinks(base, downloadNameFor(base, viewId));
