/**
 * The only code that turns validated content into what pages show. Built once per build (memoised), never a
 * collection query per page.
 */
import type { Finding } from '../validation/finding.ts';
import type { Department, GlossaryFile, Site } from '../schemas/site.ts';
import type { FrontMatter } from '../schemas/disclosure.ts';
import type { TablesFile } from '../schemas/tables.ts';
import type { PerformanceFile } from '../schemas/performance.ts';
import { STAGE_LABELS, type Stage } from '../schemas/primitives.ts';
import { getCheckedContent } from './checked-content.ts';

export interface DisclosureView {
  readonly id: string;
  readonly url: string;
  readonly year: number;
  readonly stage: Stage;
  readonly stageLabel: string;
  readonly department: Department;
  readonly meta: FrontMatter;
  readonly body: string;
  readonly tables?: TablesFile;
  readonly performance?: PerformanceFile;
  /** Acknowledged findings, published as data notes. */
  readonly notes: readonly Finding[];
}

export interface SiteData {
  readonly site: Site;
  readonly departments: readonly Department[];
  readonly glossary: GlossaryFile['terms'];
  readonly disclosures: readonly DisclosureView[];
  readonly years: readonly number[];
}

let cached: SiteData | undefined;

export function getSiteData(): SiteData {
  cached ??= buildSiteData();
  return cached;
}

export function disclosureUrl(year: number, department: string, stage: Stage): string {
  return `/${year}/${department}/${stage}/`;
}

function buildSiteData(): SiteData {
  const { content, findings } = getCheckedContent();
  const site = content.site?.data;
  if (!site) throw new Error('site.yaml 无效');
  const departments = content.departments.flatMap((parsed) => (parsed.data ? [parsed.data] : []));
  const byId = new Map(departments.map((department) => [department.id, department]));
  const notesByDir = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (!finding.acknowledged) continue;
    const dir = finding.file.replace(/[\\/][^\\/]+$/, '');
    notesByDir.set(dir, [...(notesByDir.get(dir) ?? []), finding]);
  }
  const disclosures: DisclosureView[] = [];
  for (const disclosure of content.disclosures) {
    const meta = disclosure.index?.data;
    const department = byId.get(disclosure.department);
    if (!meta || !department || !disclosure.index) continue; // impossible after a passing check
    disclosures.push({
      id: `${disclosure.year}-${disclosure.department}-${disclosure.stage}`,
      url: disclosureUrl(disclosure.year, disclosure.department, disclosure.stage),
      year: disclosure.year,
      stage: disclosure.stage,
      stageLabel: STAGE_LABELS[disclosure.stage],
      department,
      meta,
      body: disclosure.index.body,
      ...(disclosure.tables?.data ? { tables: disclosure.tables.data } : {}),
      ...(disclosure.performance?.data ? { performance: disclosure.performance.data } : {}),
      notes: notesByDir.get(disclosure.dir) ?? [],
    });
  }
  disclosures.sort((a, b) => b.year - a.year || a.department.name.localeCompare(b.department.name, 'zh-CN') || a.stage.localeCompare(b.stage));
  const years = [...new Set(disclosures.map((d) => d.year))].sort((a, b) => b - a);
  return { site, departments, glossary: content.glossary?.data?.terms ?? [], disclosures, years };
}
