/**
 * A province of county sites, for the benchmark and the federation browser test: each county's content generated
 * apart (its own departments), each site built apart, and the portal's list of them.
 */
import { writeFileSync } from 'node:fs';
import { countyOfRound, DEPARTMENTS_PER_COUNTY, generateContent, type GenerateResult } from './generate.ts';

export interface County {
  /** Position of the county in the province (0, 1, 2 …). */
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly region: string;
}

/** The county at a position: a catalogue county, its region trimmed to the city (the portal's region filter). */
export function countyAt(index: number): County {
  const county = countyOfRound(index);
  return { index, id: county.slug, name: county.name, region: county.region.slice(0, county.region.length - county.name.length) || county.region };
}

/**
 * One county's content: `disclosures` disclosures over `years` years of its own departments (at most
 * DEPARTMENTS_PER_COUNTY of them).
 */
export function generateCounty(root: string, county: County, disclosures: number, years: number, seed = 'province'): GenerateResult {
  if (disclosures > DEPARTMENTS_PER_COUNTY * years * 2) throw new Error(`a county has at most ${DEPARTMENTS_PER_COUNTY} departments: ${disclosures} disclosures need more than ${years} years`);
  return generateContent({ root, disclosures, years, seed, departmentOffset: county.index * DEPARTMENTS_PER_COUNTY });
}

/** The portal's list of sites (YAML, as src/schemas/portal.ts reads it). */
export function writePortalList(path: string, name: string, sites: ReadonlyArray<County & { readonly baseUrl: string }>): void {
  const quote = (text: string) => JSON.stringify(text);
  writeFileSync(path, [
    `name: ${quote(name)}`,
    `publisher: ${quote(`${name}编辑部`)}`,
    'sites:',
    ...sites.flatMap((site) => [`  - id: ${site.id}`, `    name: ${quote(site.name)}`, `    region: ${quote(site.region)}`, `    base_url: ${quote(site.baseUrl)}`]),
    '',
  ].join('\n'));
}
