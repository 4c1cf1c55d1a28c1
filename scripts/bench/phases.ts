/**
 * Where does `npm run check` spend its time? Replays the steps of src/validation/check-content.ts with a timer
 * around each: reading files, YAML parsing (with positions), zod schemas, and each rule family.
 * Uses only exported functions of src/, so the work done is the work check does.
 *
 *   node scripts/bench/phases.ts --content DIR [--json]
 */
import { readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { parseWithFastPath } from '../../src/validation/schema-fast-path.ts';
import { parseYamlSource, type SourceDocument } from '../../src/validation/yaml-source.ts';
import { site as siteSchema, department as departmentSchema, glossaryFile } from '../../src/schemas/site.ts';
import { frontMatter } from '../../src/schemas/disclosure.ts';
import { tablesFile } from '../../src/schemas/tables.ts';
import { performanceFile } from '../../src/schemas/performance.ts';
import { registryFindings } from '../../src/validation/rules/registry.ts';
import { DISCLOSURE_RULES } from '../../src/validation/rules/index.ts';
import { buildDisclosureContext, partsOf, type DisclosureParts } from '../../src/validation/context.ts';
import { placeRuleFinding } from '../../src/validation/check-content.ts';
import { applyAcknowledgements } from '../../src/validation/acknowledgements.ts';
import { readText, type LoadedContent, type LoadedDisclosure } from '../../src/validation/load-content.ts';
import type { Finding } from '../../src/validation/finding.ts';
import type { Department } from '../../src/schemas/site.ts';

export interface PhaseReport {
  readonly disclosures: number;
  readonly files: number;
  readonly megabytes: number;
  /** Milliseconds per phase, in the order they run. */
  readonly phases: Record<string, number>;
  /** Milliseconds per rule family (part of the rules phase). */
  readonly rules: Record<string, number>;
  /** Milliseconds of zod parsing per file kind. */
  readonly schemas: Record<string, number>;
  /** Milliseconds of YAML parsing per file kind. */
  readonly yaml: Record<string, number>;
  readonly findings: number;
  readonly heapUsedMB: number;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function measurePhases(root: string): PhaseReport {
  const phases: Record<string, number> = {};
  const yaml: Record<string, number> = { 'index.md (front matter)': 0, 'tables.yaml': 0, 'performance.yaml': 0, 'site/departments': 0 };
  const schemas: Record<string, number> = { 'index.md (front matter)': 0, 'tables.yaml': 0, 'performance.yaml': 0, 'site/departments': 0 };
  const time = <T>(bucket: Record<string, number>, key: string, step: () => T): T => {
    const started = performance.now();
    const result = step();
    bucket[key] = (bucket[key] ?? 0) + performance.now() - started;
    return result;
  };

  // 1. Walk and read every file.
  type Raw = { year: number; department: string; stage: 'budget' | 'final'; dir: string; index?: string; tables?: string; performance?: string };
  let bytes = 0;
  const raws: Raw[] = [];
  let siteText = '', glossaryText: string | undefined;
  const departmentTexts: Array<[string, string]> = [];
  time(phases, 'read files', () => {
    const read = (path: string) => {
      const text = readText(path);
      bytes += statSync(path).size;
      return text;
    };
    siteText = read(join(root, 'site.yaml'));
    if (existsSync(join(root, 'glossary.yaml'))) glossaryText = read(join(root, 'glossary.yaml'));
    for (const name of readdirSync(join(root, 'departments')).sort()) departmentTexts.push([join(root, 'departments', name), read(join(root, 'departments', name))]);
    const disclosures = join(root, 'disclosures');
    for (const year of readdirSync(disclosures).sort()) {
      for (const department of readdirSync(join(disclosures, year)).sort()) {
        for (const stage of readdirSync(join(disclosures, year, department)).sort()) {
          const dir = join(disclosures, year, department, stage);
          const raw: Raw = { year: Number(year), department, stage: stage as 'budget' | 'final', dir };
          for (const file of ['index', 'tables', 'performance'] as const) {
            const path = join(dir, file === 'index' ? 'index.md' : `${file}.yaml`);
            if (existsSync(path)) raw[file] = read(path);
          }
          raws.push(raw);
        }
      }
    }
  });

  // 2 + 3. YAML with positions, then the zod schema, file by file (timed separately).
  const findings: Finding[] = [];
  const parse = <S extends z.ZodType>(kind: string, file: string, text: string, schema: S, offset = 0) => {
    const source: SourceDocument = time(yaml, kind, () => parseYamlSource(file, text, offset));
    findings.push(...source.errors);
    const result = time(schemas, kind, () => parseWithFastPath(schema, source.value));
    return { source, data: result.success ? result.data : undefined };
  };
  const show = (path: string) => relative(process.cwd(), path);
  const site = parse('site/departments', show(join(root, 'site.yaml')), siteText, siteSchema);
  const glossary = glossaryText === undefined ? undefined : parse('site/departments', show(join(root, 'glossary.yaml')), glossaryText, glossaryFile);
  const departments = departmentTexts.map(([path, text]) => parse('site/departments', show(path), text, departmentSchema));
  const disclosures: LoadedDisclosure[] = raws.map((raw) => {
    let index: LoadedDisclosure['index'];
    if (raw.index !== undefined) {
      const match = FRONT_MATTER.exec(raw.index);
      const parsed = parse('index.md (front matter)', show(join(raw.dir, 'index.md')), match?.[1] ?? '', frontMatter, 1);
      const bodyLine = match ? match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1 : 1;
      index = { ...parsed, body: match ? raw.index.slice(match[0].length) : raw.index, bodyLine };
    }
    return {
      dir: show(raw.dir), year: raw.year, department: raw.department, stage: raw.stage,
      ...(index ? { index } : {}),
      ...(raw.tables !== undefined ? { tables: parse('tables.yaml', show(join(raw.dir, 'tables.yaml')), raw.tables, tablesFile) } : {}),
      ...(raw.performance !== undefined ? { performance: parse('performance.yaml', show(join(raw.dir, 'performance.yaml')), raw.performance, performanceFile) } : {}),
    };
  });
  phases['YAML parse (with positions)'] = Object.values(yaml).reduce((a, b) => a + b, 0);
  phases['zod schemas'] = Object.values(schemas).reduce((a, b) => a + b, 0);
  const content: LoadedContent = { root, site, ...(glossary ? { glossary } : {}), departments, disclosures };

  // 4. Rules, as check-content.ts runs them.
  const rules: Record<string, number> = {};
  time(phases, 'registry + contexts', () => {
    findings.push(...registryFindings(content));
  });
  const departmentMap = new Map<string, Department>();
  for (const parsed of content.departments) if (parsed.data) departmentMap.set(parsed.data.id, parsed.data);
  const knownDepartments = [...departmentMap.keys()];
  const contexts = time(phases, 'registry + contexts', () => {
    const all = new Map<string, DisclosureParts>();
    for (const d of content.disclosures) {
      const parts = partsOf(d);
      if (parts) all.set(`${d.year}/${d.department}/${d.stage}`, parts);
    }
    return content.disclosures.map((d, i) => {
      const parts = partsOf(d);
      const previous = all.get(`${d.year - 1}/${d.department}/${d.stage}`);
      const written = (file: 'tables' | 'performance') => {
        const text = raws[i]![file];
        return text === undefined ? {} : { [file]: { text, withoutUnsafeCharacters: d[file]?.source.plainLayout === true } };
      };
      const texts = { ...written('tables'), ...written('performance') };
      return [d, parts && buildDisclosureContext(parts, departmentMap, knownDepartments, previous, d.tables, texts)] as const;
    });
  });
  const started = performance.now();
  for (const [disclosure, context] of contexts) {
    if (!context) continue;
    const own: Finding[] = [];
    for (const rule of DISCLOSURE_RULES) {
      const raw = time(rules, rule.name || 'anonymous', () => rule(context));
      own.push(...time(rules, 'placing findings', () => raw.map((finding) => placeRuleFinding(disclosure, finding))));
    }
    findings.push(...time(rules, 'acknowledgements', () => applyAcknowledgements(disclosure, own)));
  }
  phases['rules'] = performance.now() - started;
  time(phases, 'sort findings', () => findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line));
  return {
    disclosures: disclosures.length,
    files: 1 + (glossary ? 1 : 0) + departments.length + raws.reduce((n, r) => n + (r.index !== undefined ? 1 : 0) + (r.tables !== undefined ? 1 : 0) + (r.performance !== undefined ? 1 : 0), 0),
    megabytes: bytes / 1048576,
    phases, rules, schemas, yaml,
    findings: findings.length,
    heapUsedMB: process.memoryUsage().heapUsed / 1048576,
  };
}

export function formatPhaseReport(report: PhaseReport): string {
  const total = Object.values(report.phases).reduce((a, b) => a + b, 0);
  const line = (name: string, ms: number, indent = '  ') =>
    `${indent}${name.padEnd(34)} ${(ms / 1000).toFixed(2).padStart(8)} s  ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${((ms / report.disclosures)).toFixed(2).padStart(7)} ms/disclosure`;
  const out = [`Phases of check (${report.disclosures} disclosures, ${report.files} files, ${report.megabytes.toFixed(1)} MB, heap ${report.heapUsedMB.toFixed(0)} MB after):`];
  for (const [name, ms] of Object.entries(report.phases)) {
    out.push(line(name, ms));
    const detail = name.startsWith('YAML') ? report.yaml : name.startsWith('zod') ? report.schemas : name === 'rules' ? report.rules : undefined;
    if (detail) for (const [key, value] of Object.entries(detail).sort((a, b) => b[1] - a[1])) if (value > 0) out.push(line(key, value, '      '));
  }
  out.push(line('total', total));
  return out.join('\n');
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--content');
  const root = resolve(i >= 0 && argv[i + 1] ? argv[i + 1]! : 'content');
  const report = measurePhases(root);
  process.stdout.write((argv.includes('--json') ? JSON.stringify(report, null, 2) : formatPhaseReport(report)) + '\n');
}
