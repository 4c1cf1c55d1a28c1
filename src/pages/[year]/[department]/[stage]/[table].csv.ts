import type { APIRoute } from 'astro';
import { allTableViews, getSiteData } from '../../../../data/site-data.ts';
import { tableToCsv } from '../../../../data/csv.ts';
import type { TableView } from '../../../../data/table-views.ts';

export function getStaticPaths() {
  return getSiteData().disclosures.flatMap((disclosure) =>
    allTableViews(disclosure).map((view) => ({
      params: { year: String(disclosure.year), department: disclosure.department.id, stage: disclosure.stage, table: view.id },
      props: { view },
    })),
  );
}

export const GET: APIRoute = ({ props }) =>
  new Response(tableToCsv((props as { view: TableView }).view), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
