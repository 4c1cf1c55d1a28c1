/**
 * Search records: one per narrative section, table, department-wide performance and project of every
 * disclosure, plus one per department page and glossary term. Each links to the exact place (URL + anchor)
 * and carries department, year, stage, region and section kind for filters. Names, codes, indicator names and
 * text are indexed; amounts are kept for the excerpts but never indexed (see encodeAmounts in search-text.ts).
 */
import type { DisclosureView, SiteData } from './site-data.ts';
import type { TableView } from '../table-kinds/view-model.ts';
import { stripFactTags, type NarrativeHeading } from './narrative.ts';
import { CELL_SEPARATOR, cjkBigrams, encodeAmounts, ROW_SEPARATOR, type GramCounts } from '../search/search-text.ts';
import { planSearchBundles, type SearchBundle } from '../search/search-bundles.ts';
import { departmentDisclosures } from './department-trends.ts';
import { departmentHistory, expenditureHistoryView, structureHistoryView } from './comparisons.ts';
import { departmentProjects } from './projects-across-years.ts';
import { escapeMarkup } from './markup.ts';

/**
 * Records carry their text already cut into bigrams (see src/search/search-text.ts), so Pagefind must not cut it again:
 * its Chinese word segmenter splits bigrams it does not know at index time, while the browser does not split
 * queries, and matches are lost. An index language without segmentation keeps both sides identical; pages stay
 * <html lang="zh-CN"> and Pagefind serves them this (only) index. 'zxx' (ISO 639: no linguistic content) also has no
 * stemmer, so neither side stems (an English stemmer took about 4% of Pagefind's time, and changed nothing in Chinese).
 */
export const INDEX_LANGUAGE = 'zxx';

export const SECTION_KINDS = { narrative: '说明', table: '表格', performance: '绩效', project: '项目', department: '部门', glossary: '名词解释', site: '公开平台' } as const;
export type SectionKind = (typeof SECTION_KINDS)[keyof typeof SECTION_KINDS];

/** One place a result can lead to: a narrative section, a table, a project… (anchor on the real page). */
export interface SearchSection {
  readonly anchor: string;
  readonly title: string;
  /** Natural text (amounts included); cut into bigrams, amounts encoded, only when written for the index. */
  readonly text: string;
}

/**
 * What Pagefind indexes: one synthetic page per disclosure and section kind (so the kind can be a filter), whose
 * headings are the sections (so each hit leads to its anchor). `target` is the real page the sections are on.
 */
export interface SearchPage {
  readonly url: string;
  readonly target: string;
  readonly kind: SectionKind;
  readonly title: string;
  readonly meta: Record<string, string>;
  readonly filters: Record<string, string[]>;
  readonly sort: Record<string, string>;
  readonly sections: SearchSection[];
}

const KIND_SLUGS: Record<SectionKind, string> = { 说明: 'narrative', 表格: 'tables', 绩效: 'performance', 项目: 'projects', 部门: 'department', 名词解释: 'glossary', 公开平台: 'site' };

/**
 * The text of a table as an excerpt should read it: the header row, then each row (group, code, name, cells) in
 * order, cells kept apart by CELL_SEPARATOR and rows by ROW_SEPARATOR; figures included (never indexed). A group
 * heading is written once, where it starts. The caption is the section's title.
 */
export function tableText(view: TableView): string {
  const rows = [[view.rowHeader, ...view.columns.map((c) => c.label)].join(` ${CELL_SEPARATOR} `)];
  let group: string | undefined;
  for (const row of view.rows) {
    const head = [row.group !== group ? row.group : undefined, row.code, row.header].filter(Boolean).join(' ');
    group = row.group;
    rows.push([head, ...row.cells.map((cell) => cell.text)].join(` ${CELL_SEPARATOR} `));
  }
  if (view.emptyStatement) rows.push(view.emptyStatement);
  if (view.note) rows.push(view.note);
  return rows.join(` ${ROW_SEPARATOR} `);
}

/** Narrative split at its headings: the text of each section belongs to the heading's anchor. */
export function narrativeSections(markdownText: string, headings: readonly NarrativeHeading[]): Array<{ id: string; title: string; text: string }> {
  const lines = markdownText.split('\n');
  const sections: Array<{ id: string; title: string; text: string[] }> = [{ id: 'narrative', title: '说明', text: [] }];
  let headingIndex = 0;
  for (const line of lines) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading && headings[headingIndex]) {
      sections.push({ id: headings[headingIndex]!.id, title: headings[headingIndex]!.text, text: [] });
      headingIndex++;
    } else sections[sections.length - 1]!.text.push(line);
  }
  return sections
    .map((section) => ({ id: section.id, title: section.title, text: section.text.join(' ').replace(/[#*_>`|]/g, ' ').replace(/\s+/g, ' ').trim() }))
    .filter((section) => section.text.length > 0 || section.id !== 'narrative');
}

/** The sections of a disclosure page, by kind. */
export function disclosureSections(d: DisclosureView, narrativeMarkdown: string): Array<{ kind: SectionKind; section: SearchSection }> {
  const out: Array<{ kind: SectionKind; section: SearchSection }> = [];
  const add = (kind: SectionKind, anchor: string, title: string, text: string) => out.push({ kind, section: { anchor, title, text } });
  // The page itself: title, department, computed summary, provenance (what the page header and footer show).
  const overview = [d.department.name, d.department.region, `${d.year}年`, d.stageLabel, d.meta.unit_name, d.summary, d.meta.source.document,
    d.meta.source.note, d.meta.contact?.name, ...d.meta.corrections.map((c) => c.description)].filter((t): t is string => Boolean(t));
  add(SECTION_KINDS.narrative, 'top', d.meta.title, overview.join(' '));
  for (const section of narrativeSections(narrativeMarkdown, d.narrativeHeadings)) {
    add(SECTION_KINDS.narrative, section.id, section.title === '说明' ? `${d.meta.title} 说明` : section.title, section.text);
  }
  for (const view of d.tables) add(SECTION_KINDS.table, `table-${view.id}`, view.title, tableText(view));
  const gaps = [...d.tableGaps.omitted.map((gap) => `${gap.name} ${gap.statement}`), ...d.tableGaps.missingFromSource.map((gap) => `${gap.name} ${gap.explanation}`)];
  if (gaps.length) add(SECTION_KINDS.table, 'tables', '未包含的标准表', gaps.join(' '));
  if (d.projectExecution) add(SECTION_KINDS.table, 'table-project_execution', d.projectExecution.title, tableText(d.projectExecution));
  const deptPerf = d.performance?.department;
  if (deptPerf || d.departmentFunds || d.departmentIndicators) {
    const texts = [deptPerf?.name, deptPerf?.duties, deptPerf?.annual_goals, ...(deptPerf?.key_tasks ?? []).flatMap((t) => [t.name, t.plan]),
      d.departmentFunds ? tableText(d.departmentFunds) : '', d.departmentIndicators ? tableText(d.departmentIndicators) : ''].filter((t): t is string => Boolean(t));
    add(SECTION_KINDS.performance, 'department-performance', '部门整体绩效', texts.join(' '));
  }
  for (const project of d.projects) {
    const p = project.project;
    const texts = [p.code, p.category, ...(p.category_options ?? []), p.competent_department, p.implementing_unit, p.period, p.overview, p.basis, p.long_term_goal, p.annual_goal, p.achieved, p.note,
      project.funds ? tableText(project.funds) : '', project.breakdown ? tableText(project.breakdown) : '', tableText(project.indicators)]
      .filter((t): t is string => Boolean(t));
    add(SECTION_KINDS.project, project.anchor, p.name, texts.join(' '));
  }
  if (d.notes.length) add(SECTION_KINDS.narrative, 'data-notes', '数据说明', d.notes.map((n) => n.acknowledged?.explanation ?? '').join(' '));
  return out;
}

type Filters = Record<string, string[]>;
const disclosureFilters = (d: DisclosureView, kind: SectionKind): Filters =>
  ({ year: [String(d.year)], department: [d.department.name], region: [d.department.region], stage: [d.stageLabel], kind: [kind] });
const departmentFilters = (department: SiteData['departments'][number], years: string[]): Filters =>
  ({ department: [department.name], region: [department.region], kind: [SECTION_KINDS.department], year: years });
const GLOSSARY_FILTERS: Filters = { kind: [SECTION_KINDS.glossary] };
const yearsOf = (own: readonly DisclosureView[]) => [...new Set(own.map((d) => String(d.year)))].sort();

/**
 * Every value each filter can take, for the search page's menus (so it need not load Pagefind's filter index to
 * fill them): years newest first, the rest in Chinese collation order.
 */
export function searchFilterValues(data: SiteData): Record<string, string[]> {
  const values = new Map<string, Set<string>>();
  const add = (filters: Filters) => { for (const [key, list] of Object.entries(filters)) for (const value of list) values.set(key, (values.get(key) ?? new Set()).add(value)); };
  for (const d of data.disclosures) for (const kind of [SECTION_KINDS.narrative, SECTION_KINDS.table, SECTION_KINDS.performance, SECTION_KINDS.project]) add(disclosureFilters(d, kind));
  for (const department of data.departments) add(departmentFilters(department, yearsOf(departmentDisclosures(data.disclosures, department.id))));
  if (data.glossary.length) add(GLOSSARY_FILTERS);
  return Object.fromEntries([...values].map(([key, set]) => [key, [...set].sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'zh-CN')))]));
}

export function siteSearchPages(data: SiteData): SearchPage[] {
  const pages: SearchPage[] = [];
  for (const d of data.disclosures) {
    const byKind = new Map<SectionKind, SearchSection[]>();
    for (const { kind, section } of disclosureSections(d, stripFactTags(d.body))) byKind.set(kind, [...(byKind.get(kind) ?? []), section]);
    for (const [kind, sections] of byKind) {
      pages.push({
        url: `${d.url}search-${KIND_SLUGS[kind]}/`, target: d.url, kind, title: d.meta.title,
        meta: { department: d.department.name, year: String(d.year), stage: d.stageLabel },
        filters: disclosureFilters(d, kind),
        sort: { year: String(d.year) },
        sections,
      });
    }
  }
  for (const department of data.departments) {
    const own = departmentDisclosures(data.disclosures, department.id);
    const years = yearsOf(own);
    const text = [department.short_name, ...department.aliases, ...department.former_names.map((f) => f.name), department.region, department.category, department.description,
      ...own.map((d) => d.meta.title), ...departmentPageTables(department, own).map(tableText),
      // Its projects across the years, as the page lists them (src/pages/departments/[id].astro).
      ...departmentProjects(data.disclosures, department.id).map((project) => `${project.names.join(' ')}（${project.years.map((row) => `${row.year}年`).join('、')}）`)].filter(Boolean).join(' ');
    pages.push({
      url: `/departments/${department.id}/search/`, target: `/departments/${department.id}/`, kind: SECTION_KINDS.department, title: department.name,
      // The years the page covers, shown where the result is from (src/search/result-list.ts).
      meta: { department: department.name, ...(years.length ? { years: years.map((year) => `${year}年`).join('、') } : {}) },
      filters: departmentFilters(department, years),
      sort: { year: years.at(-1) ?? '0' },
      sections: [{ anchor: 'top', title: department.name, text }],
    });
  }
  if (data.glossary.length) {
    pages.push({
      url: '/glossary/search/', target: '/glossary/', kind: SECTION_KINDS.glossary, title: '名词解释', meta: {},
      filters: GLOSSARY_FILTERS, sort: { year: '0' },
      sections: data.glossary.map((term) => ({ anchor: term.id, title: term.term, text: [...term.aliases, term.definition].join(' ') })),
    });
  }
  return pages;
}

/** Pagefind reads "key:value" attributes and splits several on ASCII commas: keep values free of them. */
const attribute = (key: string, value: string) => escapeMarkup(`${key}:${value.replace(/,/g, '，').replace(/\s+/g, ' ')}`);

/** The natural text of a section whose bigrams the index holds (amounts encoded, so they are not counted). */
export const sectionIndexText = (section: SearchSection) => `${section.title} ${encodeAmounts(section.text)}`;

/** The tables a department's page shows (src/pages/departments/[id].astro), for its search record. */
function departmentPageTables(department: SiteData['departments'][number], own: ReturnType<typeof departmentDisclosures>) {
  const history = departmentHistory(department, own);
  return [expenditureHistoryView(history), structureHistoryView(history)];
}

/** The disclosure year of an index page; undefined for pages of no single year (departments, glossary). */
export const searchPageYear = (page: SearchPage): string | undefined =>
  (page.kind === SECTION_KINDS.department || page.kind === SECTION_KINDS.glossary || page.kind === SECTION_KINDS.site ? undefined : page.meta.year);

/**
 * The search bundles of a site (see src/search/search-bundles.ts), planned alike by the index writer and the search
 * page. BUDGET_SEARCH_BUNDLE_PAGES overrides the bundle size (tests split a small site as a large one is split).
 */
export function searchBundlePlan(data: SiteData, maxPages = Number(process.env.BUDGET_SEARCH_BUNDLE_PAGES) || undefined): SearchBundle[] {
  const byYear = new Map<string, number>();
  for (const d of data.disclosures) byYear.set(String(d.year), (byYear.get(String(d.year)) ?? 0) + 1);
  return planSearchBundles(byYear, data.departments.length + (data.glossary.length ? 1 : 0), maxPages);
}

/**
 * The page Pagefind indexes: each section a heading and a paragraph. The heading (its anchor becomes a sub-result)
 * holds the title in bigrams, so Pagefind's heading weight ranks a table, project or section named by the query above
 * a passing mention; the paragraph holds the text in bigrams, the common ones marked (see search-text.ts), figures
 * encoded. The search page turns the excerpts Pagefind cuts from it back into readable text.
 */
export function searchPageHtml(page: SearchPage, common: GramCounts): string {
  const attrs = (name: string, entries: Record<string, string | string[]>) =>
    Object.entries(entries).flatMap(([key, values]) => (Array.isArray(values) ? values : [values]).map((value) => `<span ${name}="${attribute(key, value)}"></span>`)).join('');
  const meta = { ...page.meta, title: page.title, kind: page.kind, url: page.target };
  const body = page.sections.map((section) =>
    `<h2 id="${escapeMarkup(section.anchor)}">${escapeMarkup(cjkBigrams(section.title, common))}</h2><p>${escapeMarkup(cjkBigrams(encodeAmounts(section.text), common))}</p>`).join('');
  return `<!doctype html><html lang="${INDEX_LANGUAGE}"><head><title>${escapeMarkup(page.title)}</title></head><body><main data-pagefind-body>`
    + `${attrs('data-pagefind-meta', meta)}${attrs('data-pagefind-filter', page.filters)}${attrs('data-pagefind-sort', page.sort)}${body}</main></body></html>`;
}
