import type { APIRoute } from 'astro';
import { getSiteData } from '../data/site-data.ts';
import { escapeMarkup } from '../data/markup.ts';

/**
 * Atom feed of disclosures, newest publication first (the year stands in when no date is given). Addresses are
 * written as URL serialises them (the check allows only http and https base URLs); every text is escaped.
 */
export const GET: APIRoute = () => {
  const { site, disclosures } = getSiteData();
  const home = new URL(site.base_url).href;
  const dated = disclosures.map((d) => ({ d, date: d.meta.published_on ?? `${d.year}-01-01` })).sort((a, b) => b.date.localeCompare(a.date)).slice(0, 50);
  const updated = dated[0]?.date ?? '2000-01-01';
  const entries = dated.map(({ d, date }) => {
    const url = new URL(d.url, home).href;
    return `  <entry>\n    <title>${escapeMarkup(d.meta.title)}</title>\n    <link href="${escapeMarkup(url)}"/>\n    <id>${escapeMarkup(url)}</id>\n    <updated>${date}T00:00:00Z</updated>\n    <summary>${escapeMarkup(d.summary ?? d.meta.title)}</summary>\n  </entry>`;
  }).join('\n');
  const feed = `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">\n  <title>${escapeMarkup(site.name)}：新发布的公开文件</title>\n  <link href="${escapeMarkup(home)}"/>\n  <link rel="self" href="${escapeMarkup(new URL('/feed.xml', home).href)}"/>\n  <id>${escapeMarkup(home)}</id>\n  <updated>${updated}T00:00:00Z</updated>\n  <author><name>${escapeMarkup(site.publisher)}</name></author>\n${entries}\n</feed>\n`;
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
