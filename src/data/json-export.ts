/**
 * Machine-readable exports: exact amounts as decimal strings (never floats), percentages as printed.
 */
import { isMoney, moneyToPlain } from '../domain/money.ts';
import { formatPercent, type Percent } from '../domain/rates.ts';
import type { DisclosureView, SiteData } from './site-data.ts';
import { expenditureTotal } from '../domain/summaries.ts';
import { stripFactTags } from '../validation/narrative-markup.ts';
import { nameInYear } from './department-names.ts';

const isPercent = (value: unknown): value is Percent =>
  typeof value === 'object' && value !== null && typeof (value as Percent).scaled === 'bigint';

export function exportValue(value: unknown): unknown {
  if (isMoney(value)) return moneyToPlain(value);
  if (isPercent(value)) return formatPercent(value);
  if (Array.isArray(value)) return value.map(exportValue);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, exportValue(v)]));
  return value;
}

export function disclosureJson(d: DisclosureView, baseUrl: string): object {
  return {
    url: new URL(d.url, baseUrl).href,
    year: d.year, stage: d.stage, department: { id: d.department.id, name: nameInYear(d.department, d.year), region: d.department.region },
    unit: d.meta.unit,
    meta: exportValue({ ...d.meta, acknowledgements: undefined, source: sourceJson(d, baseUrl) }),
    // The narrative as readers see it: the editors' fact tags ({{1992.86|支出合计}}) give way to their figures.
    narrative_markdown: stripFactTags(d.body),
    // Every figure the disclosure states, by name (src/domain/facts/catalogue.ts), as exact decimals in `unit`.
    facts: Object.fromEntries([...d.facts].map(([name, value]) => [name, moneyToPlain(value)])),
    tables: exportValue(d.tablesData ?? {}),
    performance: exportValue(d.performance ?? {}),
    data_notes: d.notes.map((note) => ({ rule: note.rule, path: note.path, explanation: note.acknowledged?.explanation, values: note.values })),
  };
}

/** The source document with the hash the build computed, and where its file is published. */
function sourceJson(d: DisclosureView, baseUrl: string): object {
  const { document, note, file, sha256, computed } = d.source;
  return {
    document, ...(note ? { note } : {}), sha256: sha256 ?? null, sha256_computed: computed,
    file: file ? { name: file.name, url: new URL(file.href, baseUrl).href, bytes: file.bytes } : null,
  };
}

/** Site-wide index of every disclosure, for researchers: stable URLs and headline figures. */
export function disclosureIndexJson(data: SiteData): object {
  const { site, disclosures } = data;
  return {
    site: site.name,
    disclosures: disclosures.map((d) => ({
      id: d.id, year: d.year, stage: d.stage, department: d.department.id, department_name: d.department.name, region: d.department.region,
      title: d.meta.title, unit: d.meta.unit, published_on: d.meta.published_on ?? null,
      url: new URL(d.url, site.base_url).href, data: new URL(`${d.url}data.json`, site.base_url).href,
      expenditure_total: ((total) => (total ? moneyToPlain(total.value) : null))(expenditureTotal(d.facts)),
      projects: d.projects.length, data_notes: d.notes.length,
    })),
  };
}
