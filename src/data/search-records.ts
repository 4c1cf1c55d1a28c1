/**
 * Search records: one per narrative section, table, department-wide performance and project of every
 * disclosure, plus one per department page and glossary term. Each links to the exact place (URL + anchor)
 * and carries department, year, stage, region and section kind for filters. Names, codes, indicator names and
 * text are indexed; bare amounts are not (they would flood the index and match nothing a reader types).
 */
import type { DisclosureView, SiteData } from './site-data.ts';
import type { TableView } from './table-views.ts';
import { stripFactTags, type NarrativeHeading } from './narrative.ts';
import { cjkBigrams, withoutAmounts } from '../search/search-text.ts';
import { departmentDisclosures, departmentTrendView } from './department-trends.ts';

/**
 * Records carry their text already cut into bigrams (see src/search/search-text.ts), so Pagefind must not cut it again:
 * its Chinese word segmenter splits bigrams it does not know at index time, while the browser does not split
 * queries, and matches are lost. An index language without segmentation keeps both sides identical; pages stay
 * <html lang="zh-CN"> and Pagefind serves them this (only) index.
 */
export const INDEX_LANGUAGE = 'en';

export const SECTION_KINDS = { narrative: '说明', table: '表格', performance: '绩效', project: '项目', department: '部门', glossary: '名词解释' } as const;
export type SectionKind = (typeof SECTION_KINDS)[keyof typeof SECTION_KINDS];

export interface SearchRecord {
  readonly url: string;
  readonly content: string;
  readonly language: typeof INDEX_LANGUAGE;
  readonly meta: Record<string, string>;
  readonly filters: Record<string, string[]>;
  readonly sort: Record<string, string>;
}

function tableText(view: TableView): string {
  const parts = [view.title, view.rowHeader, ...view.columns.map((c) => c.label)];
  for (const row of view.rows) {
    if (row.group) parts.push(row.group);
    if (row.code) parts.push(row.code);
    parts.push(row.header);
    for (const cell of row.cells) if (cell.kind === 'text') parts.push(withoutAmounts(cell.text));
  }
  if (view.emptyStatement) parts.push(view.emptyStatement);
  if (view.note) parts.push(withoutAmounts(view.note));
  return parts.filter(Boolean).join(' ');
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
    .map((section) => ({ id: section.id, title: section.title, text: withoutAmounts(section.text.join(' ').replace(/[#*_>`|]/g, ' ')) }))
    .filter((section) => section.text.length > 0 || section.id !== 'narrative');
}

function base(d: DisclosureView): { meta: Record<string, string>; filters: Record<string, string[]>; sort: Record<string, string> } {
  return {
    meta: { department: d.department.name, year: String(d.year), stage: d.stageLabel, disclosure: d.meta.title },
    filters: { year: [String(d.year)], department: [d.department.name], region: [d.department.region], stage: [d.stageLabel] },
    sort: { year: String(d.year) },
  };
}

function record(d: DisclosureView, anchor: string, kind: SectionKind, title: string, content: string, excerpt: string): SearchRecord {
  const common = base(d);
  return {
    url: `${d.url}#${anchor}`,
    content: cjkBigrams(`${title} ${content}`),
    language: INDEX_LANGUAGE,
    // The index holds bigrams; the reader sees natural text, from which the page cuts a snippet around the hit.
    meta: { ...common.meta, title, kind, excerpt: excerpt.slice(0, 160), text: content.slice(0, 600) },
    filters: { ...common.filters, kind: [kind] },
    sort: common.sort,
  };
}

export function disclosureRecords(d: DisclosureView, narrativeMarkdown: string): SearchRecord[] {
  const records: SearchRecord[] = [];
  // The page itself: title, department, computed summary, provenance (what the page header and footer show).
  const overview = [d.department.name, d.department.region, `${d.year}年`, d.stageLabel, d.meta.unit_name, d.summary, d.meta.source.document,
    d.meta.source.note, d.meta.contact?.name, ...d.meta.corrections.map((c) => c.description)].filter((t): t is string => Boolean(t));
  records.push({ ...record(d, '', SECTION_KINDS.narrative, d.meta.title, withoutAmounts(overview.join(' ')), d.summary ?? d.meta.title), url: d.url });
  for (const section of narrativeSections(narrativeMarkdown, d.narrativeHeadings)) {
    const anchor = section.id === 'narrative' ? 'narrative' : section.id;
    records.push(record(d, anchor, SECTION_KINDS.narrative, section.title === '说明' ? `${d.meta.title} 说明` : section.title, section.text, section.text));
  }
  for (const view of d.tables) records.push(record(d, `table-${view.id}`, SECTION_KINDS.table, view.title, tableText(view), `${view.title}（${view.rows.length}行）`));
  const omitted = Object.values(d.tablesData?.omitted_tables ?? {});
  if (omitted.length) records.push(record(d, 'tables', SECTION_KINDS.table, '未包含的标准表', omitted.join(' '), omitted[0]!));
  if (d.projectExecution) records.push(record(d, 'table-project_execution', SECTION_KINDS.table, d.projectExecution.title, tableText(d.projectExecution), d.projectExecution.title));
  const deptPerf = d.performance?.department;
  if (deptPerf || d.departmentFunds || d.departmentIndicators) {
    const texts = [deptPerf?.name, deptPerf?.duties, deptPerf?.annual_goals, ...(deptPerf?.key_tasks ?? []).flatMap((t) => [t.name, t.plan]),
      d.departmentFunds ? tableText(d.departmentFunds) : '', d.departmentIndicators ? tableText(d.departmentIndicators) : ''].filter((t): t is string => Boolean(t));
    records.push(record(d, 'department-performance', SECTION_KINDS.performance, `部门整体绩效`, withoutAmounts(texts.join(' ')), withoutAmounts(deptPerf?.annual_goals ?? deptPerf?.duties ?? '部门整体绩效')));
  }
  for (const project of d.projects) {
    const p = project.project;
    const texts = [p.code, p.category, ...(p.category_options ?? []), p.competent_department, p.implementing_unit, p.period, p.overview, p.basis, p.long_term_goal, p.annual_goal, p.achieved, p.note,
      project.funds ? tableText(project.funds) : '', project.breakdown ? tableText(project.breakdown) : '', tableText(project.indicators)]
      .filter((t): t is string => Boolean(t));
    records.push(record(d, project.anchor, SECTION_KINDS.project, p.name, withoutAmounts(texts.join(' ')), withoutAmounts(p.annual_goal ?? p.overview ?? p.name)));
  }
  if (d.notes.length) {
    records.push(record(d, 'data-notes', SECTION_KINDS.narrative, '数据说明', withoutAmounts(d.notes.map((n) => n.acknowledged?.explanation ?? '').join(' ')), '已确认的原文差错说明'));
  }
  return records;
}

export function siteRecords(data: SiteData): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const d of data.disclosures) records.push(...disclosureRecords(d, stripFactTags(d.body)));
  for (const department of data.departments) {
    const own = departmentDisclosures(data.disclosures, department.id);
    const years = [...new Set(own.map((d) => String(d.year)))];
    records.push({
      url: `/departments/${department.id}/`,
      content: cjkBigrams([department.name, department.short_name, ...department.aliases, ...department.former_names.map((f) => f.name), department.region, department.category, department.description,
        ...own.map((d) => d.meta.title), tableText(departmentTrendView(department, own))].filter(Boolean).join(' ')),
      language: INDEX_LANGUAGE,
      meta: { title: department.name, kind: SECTION_KINDS.department, department: department.name, excerpt: `${department.region}，${own.length}份公开文件` },
      filters: { department: [department.name], region: [department.region], kind: [SECTION_KINDS.department], year: years },
      sort: { year: years.sort().at(-1) ?? '0' },
    });
  }
  for (const term of data.glossary) {
    records.push({
      url: `/glossary/#${term.id}`,
      content: cjkBigrams([term.term, ...term.aliases, term.definition].join(' ')),
      language: INDEX_LANGUAGE,
      meta: { title: term.term, kind: SECTION_KINDS.glossary, excerpt: term.definition.slice(0, 160) },
      filters: { kind: [SECTION_KINDS.glossary] },
      sort: { year: '0' },
    });
  }
  return records;
}
