/**
 * What the site must contain, derived from the content tree itself (not from the build output): every page
 * type, every disclosure, and where each page lives in the built folder.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { parse } from 'yaml';

export type PageKind = 'home' | 'years' | 'year' | 'departments' | 'department' | 'disclosure' | 'project' | 'data' | 'glossary' | 'search' | '404';

export interface SitePage {
  /** Short name for test titles. */
  readonly name: string;
  readonly kind: PageKind;
  /** URL path on the site. */
  readonly path: string;
  /** File in the built site that this URL serves. */
  readonly file: string;
  /** Expected HTTP status. */
  readonly status: number;
}

export interface DisclosureRef {
  readonly year: number;
  readonly department: string;
  readonly stage: string;
  /** Content folder of the disclosure. */
  readonly dir: string;
  readonly path: string;
  /** Amount unit from the front matter of index.md. */
  readonly unit: '万元' | '元';
}

export const MISSING_PATH = '/e2e-no-such-page/';

export function origin(): string {
  return inject('e2eOrigin');
}
export function distDir(): string {
  return inject('e2eDist');
}
export function contentDir(): string {
  return inject('e2eContent');
}

const subdirs = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : [];

function frontMatter(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error(`${file}: no front matter`);
  return parse(match[1]!) as Record<string, unknown>;
}

export function disclosures(content = contentDir()): DisclosureRef[] {
  const root = join(content, 'disclosures');
  const out: DisclosureRef[] = [];
  for (const year of subdirs(root)) {
    for (const department of subdirs(join(root, year))) {
      for (const stage of subdirs(join(root, year, department))) {
        const dir = join(root, year, department, stage);
        if (!existsSync(join(dir, 'index.md'))) continue;
        const unit = frontMatter(join(dir, 'index.md')).unit;
        if (unit !== '万元' && unit !== '元') throw new Error(`${dir}/index.md: unit ${String(unit)}`);
        out.push({ year: Number(year), department, stage, dir, path: `/${year}/${department}/${stage}/`, unit });
      }
    }
  }
  return out;
}

export function departmentIds(content = contentDir()): string[] {
  const dir = join(content, 'departments');
  return readdirSync(dir)
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => String((parse(readFileSync(join(dir, file), 'utf8')) as { id?: unknown }).id ?? file.replace(/\.ya?ml$/, '')))
    .sort();
}

/** Every project of the content, by department and the id its editors keep from year to year (performance.yaml). */
export function projectRefs(content = contentDir()): Array<{ department: string; id: string; path: string }> {
  const seen = new Map<string, { department: string; id: string; path: string }>();
  for (const d of disclosures(content)) {
    const file = join(d.dir, 'performance.yaml');
    if (!existsSync(file)) continue;
    const projects = (parse(readFileSync(file, 'utf8')) as { projects?: Array<{ id?: unknown }> } | null)?.projects ?? [];
    for (const project of projects) {
      const id = String(project.id);
      seen.set(`${d.department}/${id}`, { department: d.department, id, path: `/projects/${d.department}/${id}/` });
    }
  }
  return [...seen.values()].sort((a, b) => a.path.localeCompare(b.path));
}

const fileOf = (path: string) => `${path.replace(/^\//, '')}index.html`;

/** Every page type of the site; disclosures, years and departments all of them. */
export function sitePages(content = contentDir()): SitePage[] {
  const all = disclosures(content);
  const years = [...new Set(all.map((d) => d.year))].sort((a, b) => b - a);
  const page = (name: string, kind: PageKind, path: string): SitePage => ({ name, kind, path, file: fileOf(path), status: 200 });
  return [
    page('home', 'home', '/'),
    page('years', 'years', '/years/'),
    ...years.map((year) => page(`year ${year}`, 'year', `/${year}/`)),
    page('departments', 'departments', '/departments/'),
    ...departmentIds(content).map((id) => page(`department ${id}`, 'department', `/departments/${id}/`)),
    ...all.map((d) => page(`disclosure ${d.year}/${d.department}/${d.stage}`, 'disclosure', d.path)),
    ...projectRefs(content).map((p) => page(`project ${p.department}/${p.id}`, 'project', p.path)),
    page('data', 'data', '/data/'),
    page('glossary', 'glossary', '/glossary/'),
    page('search', 'search', '/search/'),
    { name: '404 (missing URL)', kind: '404', path: MISSING_PATH, file: '404.html', status: 404 },
  ];
}

/** Pages whose built HTML holds a chart canvas. */
export function hasChartMarkup(page: SitePage, dist = distDir()): boolean {
  return /<canvas\b[^>]*\bdata-chart=/.test(readFileSync(join(dist, page.file), 'utf8'));
}
