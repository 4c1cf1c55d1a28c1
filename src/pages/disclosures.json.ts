import type { APIRoute } from 'astro';
import { getSiteData } from '../data/site-data.ts';
import { moneyToPlain } from '../domain/money.ts';

/** Site-wide index of every disclosure, for researchers: stable URLs and headline figures. */
export const GET: APIRoute = () => {
  const { site, disclosures } = getSiteData();
  const body = disclosures.map((d) => ({
    id: d.id, year: d.year, stage: d.stage, department: d.department.id, department_name: d.department.name, region: d.department.region,
    title: d.meta.title, unit: d.meta.unit, published_on: d.meta.published_on ?? null,
    url: new URL(d.url, site.base_url).href, data: new URL(`${d.url}data.json`, site.base_url).href,
    expenditure_total: d.facts.get('支出合计') ? moneyToPlain(d.facts.get('支出合计')!) : null,
    projects: d.projects.length, data_notes: d.notes.length,
  }));
  return new Response(JSON.stringify({ site: site.name, generated_from: 'content/', disclosures: body }, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
