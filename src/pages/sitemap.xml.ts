import type { APIRoute } from 'astro';
import { getSiteData } from '../data/site-data.ts';
import { escapeMarkup } from '../data/markup.ts';

export const GET: APIRoute = () => {
  const { site, disclosures, years, departments } = getSiteData();
  const paths = ['/', '/years/', '/departments/', '/glossary/', '/search/', ...years.map((y) => `/${y}/`), ...departments.map((d) => `/departments/${d.id}/`), ...disclosures.map((d) => d.url)];
  const urls = paths.map((path) => `  <url><loc>${escapeMarkup(new URL(path, site.base_url).href)}</loc></url>`).join('\n');
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
