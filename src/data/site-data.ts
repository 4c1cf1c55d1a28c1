/**
 * The only code that turns validated content into what pages show. Built once per build (memoised), never a
 * collection query per page.
 */
import type { Finding } from '../validation/finding.ts';
import type { Money } from '../domain/money.ts';
import type { Department, GlossaryFile, Site } from '../schemas/site.ts';
import type { FrontMatter } from '../schemas/disclosure.ts';
import type { TablesFile } from '../schemas/tables.ts';
import type { PerformanceFile } from '../schemas/performance.ts';
import { STAGE_LABELS, type Stage } from '../schemas/primitives.ts';
import { getCheckedContent } from './checked-content.ts';
import type { CheckResult } from '../validation/check-content.ts';
import { projectViews, fundLinesView, indicatorTableView, DEPARTMENT_FUND_LINES, type ProjectView } from './performance-views.ts';
import type { TableView } from '../table-kinds/view-model.ts';
import { disclosureFactSheet, tableCharts, tableViews } from '../table-kinds/tables.ts';
import { withLastYear, type FactSheet } from '../domain/facts/sheet.ts';
import { renderNarrative, type GlossaryLink, type NarrativeHeading } from './narrative.ts';
import { disclosureSummary } from '../domain/summaries.ts';
import { readerTableName } from '../table-kinds/table-names.ts';
import { missingTableName } from '../validation/rules/tables.ts';
import { disclosureCharts, projectExecutionView, yearOnYearView } from './disclosure-charts.ts';
import type { ChartSpec } from '../charts/chart-specs.ts';
import { sourceDocumentView, type SourceDocumentView } from './source-document.ts';
import { buildOverview, type Overview } from './overview.ts';

export interface DisclosureView {
  readonly id: string;
  readonly url: string;
  readonly year: number;
  readonly stage: Stage;
  readonly stageLabel: string;
  readonly department: Department;
  readonly meta: FrontMatter;
  /** The published document: its file in the folder (published with the page), size and computed SHA-256. */
  readonly source: SourceDocumentView;
  readonly body: string;
  readonly tablesData?: TablesFile;
  readonly performance?: PerformanceFile;
  /** Acknowledged findings, published as data notes. */
  readonly notes: readonly Finding[];
  /** Tables the disclosure does not show, and why (or that nobody said why). */
  readonly tableGaps: TableGaps;
  readonly narrativeHtml: string;
  readonly narrativeHeadings: readonly NarrativeHeading[];
  readonly tables: readonly TableView[];
  readonly departmentFunds?: TableView;
  readonly departmentIndicators?: TableView;
  readonly projects: readonly ProjectView[];
  readonly projectExecution?: TableView;
  /** Charts by the id of the table view they enhance. */
  readonly charts: ReadonlyMap<string, ChartSpec[]>;
  /** The answer at the top of the page: totals, structure, projects, targets met (src/data/overview.ts). */
  readonly overview: Overview;
  /** Computed intro sentence (never typed by editors). */
  readonly summary?: string;
  readonly facts: ReadonlyMap<string, Money>;
  readonly lastYearFacts: ReadonlyMap<string, Money>;
  /** Filled after all views exist: same year other stage, same stage previous and next year. */
  otherStage?: DisclosureView;
  previousYear?: DisclosureView;
  nextYear?: DisclosureView;
}

/** Named as readers know the tables (a key becomes the stage's standard name). */
export interface TableGaps {
  /** Tables the published document does not contain, with its statement. */
  readonly omitted: ReadonlyArray<{ readonly name: string; readonly statement: string }>;
  /** Tables the published document has that the source of this site lacks, with the editor's explanation. */
  readonly missingFromSource: ReadonlyArray<{ readonly name: string; readonly explanation: string }>;
  /** Standard tables neither shown nor explained (the check's plausibility/missing-table warnings). */
  readonly missing: readonly string[];
}

export interface SiteData {
  readonly site: Site;
  readonly departments: readonly Department[];
  readonly glossary: GlossaryFile['terms'];
  readonly disclosures: readonly DisclosureView[];
  readonly years: readonly number[];
}

// Process-wide, like the checked content: the Astro build computes the view models once, and scripts/build.ts then
// writes the downloads and the search index from the very same objects.
const SLOT = Symbol.for('budget-disclosure-publisher.site-data');
type Slot = { [SLOT]?: SiteData };

/** Forgets the view models, so the next page builds them from the content shared then (the live preview). */
export function resetSiteData(): void {
  delete (globalThis as Slot)[SLOT];
}

export function getSiteData(): SiteData {
  const slot = globalThis as Slot;
  slot[SLOT] ??= buildSiteData(getCheckedContent());
  return slot[SLOT];
}

export function disclosureUrl(year: number, department: string, stage: Stage): string {
  return `/${year}/${department}/${stage}/`;
}

function buildDisclosureView(
  year: number, stage: Stage, department: Department, meta: FrontMatter, body: string,
  tables: TablesFile | undefined, performance: PerformanceFile | undefined, notes: Finding[], terms: readonly GlossaryLink[],
  sheet: FactSheet, missing: readonly string[], sourceFile: string | undefined,
): DisclosureView {
  const unit = meta.unit;
  const shape = { stage, year, unit };
  const narrative = renderNarrative(body, terms);
  const facts = sheet.values('current');
  const lastYearFacts = sheet.values('last');
  const departmentPerformance = performance?.department;
  const funds = departmentPerformance?.funds;
  const departmentFunds = funds
    ? fundLinesView('department-funds', '部门整体资金', DEPARTMENT_FUND_LINES.map(([key, label]) => [label, funds[key]]), unit)
    : undefined;
  const departmentIndicators = departmentPerformance?.indicators.length
    ? indicatorTableView('department-indicators', '部门整体绩效指标', departmentPerformance.indicators, stage === 'final')
    : undefined;
  const stageLabel = STAGE_LABELS[stage];
  const yearOnYear = yearOnYearView(facts, lastYearFacts, year, unit);
  const projectExecution = projectExecutionView(performance, unit);
  const summary = disclosureSummary({
    year, stageLabel, unit, facts, lastYear: lastYearFacts, departmentFunds: funds?.total,
    projects: performance?.projects.map((p) => ({ id: p.id, parent: p.parent, total: p.funds?.total })) ?? [],
  });
  const allTables = [...tableViews(tables, shape), ...(yearOnYear ? [yearOnYear] : [])];
  const projects = projectViews(performance, stage, unit);
  const overview = buildOverview({
    stage, unit, facts, lastYear: lastYearFacts, sourceOf: (fact) => sheet.reading(fact)?.source, tables: allTables, performance,
    projectAnchor: (id) => projects.find((view) => view.project.id === id)?.anchor ?? `project-${id}`,
  });
  const url = disclosureUrl(year, department.id, stage);
  return {
    id: `${year}-${department.id}-${stage}`,
    url,
    year, stage, stageLabel, department, meta, body,
    source: sourceDocumentView(url, meta.source, sourceFile),
    ...(tables ? { tablesData: tables } : {}),
    ...(performance ? { performance } : {}),
    notes,
    tableGaps: {
      omitted: Object.entries(tables?.omitted_tables ?? {}).map(([listed, statement]) => ({ name: readerTableName(listed, stage), statement })),
      missingFromSource: Object.entries(tables?.missing_from_source ?? {}).map(([listed, explanation]) => ({ name: readerTableName(listed, stage), explanation })),
      missing,
    },
    narrativeHtml: narrative.html,
    narrativeHeadings: narrative.headings,
    tables: allTables,
    ...(departmentFunds ? { departmentFunds } : {}),
    ...(departmentIndicators ? { departmentIndicators } : {}),
    projects,
    ...(projectExecution ? { projectExecution } : {}),
    charts: disclosureCharts({ tableCharts: tableCharts(tables, shape), performance, unit, year, facts, lastYear: lastYearFacts }).byTable,
    ...(summary ? { summary } : {}),
    overview,
    facts, lastYearFacts,
  };
}

function linkDisclosures(disclosures: DisclosureView[]): void {
  const byKey = new Map(disclosures.map((d) => [`${d.year}/${d.department.id}/${d.stage}`, d]));
  for (const d of disclosures) {
    const other = byKey.get(`${d.year}/${d.department.id}/${d.stage === 'budget' ? 'final' : 'budget'}`);
    const previous = byKey.get(`${d.year - 1}/${d.department.id}/${d.stage}`);
    const next = byKey.get(`${d.year + 1}/${d.department.id}/${d.stage}`);
    if (other) d.otherStage = other;
    if (previous) d.previousYear = previous;
    if (next) d.nextYear = next;
  }
}

/** The view models of a checked site (reads nothing but the check's result and the source documents it chose). */
export function buildSiteData({ content, findings }: Pick<CheckResult, 'content' | 'findings'>): SiteData {
  const site = content.site?.data;
  if (!site) throw new Error('site.yaml 无效');
  const departments = content.departments.flatMap((parsed) => (parsed.data ? [parsed.data] : []));
  const byId = new Map(departments.map((department) => [department.id, department]));
  const notesByDir = new Map<string, Finding[]>();
  const missingByDir = new Map<string, string[]>();
  for (const finding of findings) {
    const dir = finding.file.replace(/[\\/][^\\/]+$/, '');
    if (finding.acknowledged) notesByDir.set(dir, [...(notesByDir.get(dir) ?? []), finding]);
    // Warnings the page repeats to readers: a standard table missing without a word on why.
    const missing = missingTableName(finding);
    if (missing) missingByDir.set(dir, [...(missingByDir.get(dir) ?? []), missing]);
  }
  const terms: GlossaryLink[] = (content.glossary?.data?.terms ?? []).map((term) => ({ id: term.id, forms: [term.term, ...term.aliases] }));
  // Each disclosure's own facts first: last year's figures merge those of last year's disclosure, as the check does.
  const ownSheets = new Map(content.disclosures.map((disclosure) => [`${disclosure.year}/${disclosure.department}/${disclosure.stage}`,
    disclosureFactSheet(disclosure.tables?.data, disclosure.index?.body ?? '', { stage: disclosure.stage, year: disclosure.year, unit: disclosure.index?.data?.unit ?? '万元' })]));
  const disclosures: DisclosureView[] = [];
  for (const disclosure of content.disclosures) {
    const meta = disclosure.index?.data;
    const department = byId.get(disclosure.department);
    if (!meta || !department || !disclosure.index) continue; // impossible after a passing check
    const own = ownSheets.get(`${disclosure.year}/${disclosure.department}/${disclosure.stage}`)!;
    const previous = ownSheets.get(`${disclosure.year - 1}/${disclosure.department}/${disclosure.stage}`);
    const sheet = withLastYear(own, previous);
    disclosures.push(buildDisclosureView(disclosure.year, disclosure.stage, department, meta, disclosure.index.body,
      disclosure.tables?.data, disclosure.performance?.data, notesByDir.get(disclosure.dir) ?? [], terms, sheet, missingByDir.get(disclosure.dir) ?? [], disclosure.sourceFile));
  }
  linkDisclosures(disclosures);
  disclosures.sort((a, b) => b.year - a.year || a.department.name.localeCompare(b.department.name, 'zh-CN') || a.stage.localeCompare(b.stage));
  const years = [...new Set(disclosures.map((d) => d.year))].sort((a, b) => b - a);
  return { site, departments, glossary: content.glossary?.data?.terms ?? [], disclosures, years };
}

