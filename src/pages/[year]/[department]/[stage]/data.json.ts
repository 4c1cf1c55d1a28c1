import type { APIRoute } from 'astro';
import { getSiteData, type DisclosureView } from '../../../../data/site-data.ts';
import { disclosureJson } from '../../../../data/json-export.ts';

export function getStaticPaths() {
  return getSiteData().disclosures.map((disclosure) => ({
    params: { year: String(disclosure.year), department: disclosure.department.id, stage: disclosure.stage },
    props: { disclosure },
  }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(disclosureJson((props as { disclosure: DisclosureView }).disclosure, getSiteData().site.base_url), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
