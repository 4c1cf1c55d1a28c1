/**
 * What a search result shows, from the data Pagefind returns for it (pure, for the search page and the portal): the
 * sections of the document that hold the hits, each linking to its anchor on the real page, with readable text.
 */
import { indexTextToReadable, TRANSPARENT_MARKS } from './search-text.ts';

export interface PagefindSubResult {
  readonly title: string;
  readonly url: string;
  readonly excerpt?: string;
  readonly locations?: readonly number[];
}

export interface PagefindResultData {
  /** The index page's URL (absolute for an index merged from another site). */
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string>>;
  readonly sub_results?: readonly PagefindSubResult[];
}

export interface HitSection {
  readonly title: string;
  readonly href: string;
  readonly text: string;
}

/** A document shows at most this many of its sections. */
export const MAX_SECTIONS = 5;

/** Pagefind's excerpt or heading (index-form words, HTML-escaped, hits in <mark>) as readable text. */
export function readableIndexHtml(html: string | undefined): string {
  const text = (html ?? '').replace(/<\/?mark>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return indexTextToReadable(text);
}

/** An excerpt without the section's title (or the end of it) it starts with: the link above shows the title. */
function withoutTitle(text: string, title: string): string {
  const end = text.indexOf(' ');
  return end > 0 && title.endsWith(text.slice(0, end)) ? text.slice(end + 1) : text;
}

/** Whether a title names the query: it holds every word of it (quotation marks aside: “三公”经费 names 三公经费). */
export function namesQuery(title: string, terms: readonly string[]): boolean {
  const plain = title.replace(TRANSPARENT_MARKS, '');
  return terms.length > 0 && terms.every((term) => plain.includes(term.replace(TRANSPARENT_MARKS, '')));
}

/** Kinds of content whose sections are tables or projects (see SECTION_KINDS in src/data/search-records.ts). */
const TABLE_OR_PROJECT = new Set(['表格', '项目', '绩效']);

/**
 * Results that answer first: a document with a table or project named by the query, then one with any section named
 * by it (a heading, a glossary term, a department), then passing mentions; Pagefind's order within each tier. Applied
 * to the results on the page (their data is loaded; the others' is not).
 */
export function rankByNaming<T extends { data: PagefindResultData }>(results: readonly T[], terms: readonly string[]): T[] {
  const tier = ({ data }: T) => {
    const named = (data.sub_results ?? []).some((sub) => (sub.locations?.length ?? 0) > 0 && namesQuery(readableIndexHtml(sub.title), terms))
      || namesQuery(data.meta.title ?? '', terms);
    if (!named) return 2;
    return TABLE_OR_PROJECT.has(data.meta.kind ?? '') ? 0 : 1;
  };
  return results.map((result, order) => ({ result, order, tier: tier(result) }))
    .sort((a, b) => a.tier - b.tier || a.order - b.order).map(({ result }) => result);
}

/**
 * The sections holding the hits, best first: a section whose title names the query, then one whose title holds a
 * query word, then by the number of hits; at most MAX_SECTIONS. `pageUrl` resolves the result's URLs (a merged index's are absolute, the
 * site's own are root-relative); every link leads to the real page (meta.url) and the section's anchor.
 */
export function hitSections(data: PagefindResultData, terms: readonly string[], pageUrl: string): HitSection[] {
  const indexPage = new URL(data.url, pageUrl);
  const target = new URL(data.meta.url ?? indexPage.pathname, indexPage).href;
  const title = (sub: PagefindSubResult) => readableIndexHtml(sub.title).replace(TRANSPARENT_MARKS, '');
  const score = (sub: PagefindSubResult) => (namesQuery(title(sub), terms) ? 2000 : 0) + (terms.some((term) => title(sub).includes(term)) ? 1000 : 0) + (sub.locations?.length ?? 0);
  const hits = (data.sub_results ?? []).filter((sub) => (sub.locations?.length ?? 0) > 0);
  const best = [...hits].sort((a, b) => score(b) - score(a)).slice(0, MAX_SECTIONS);
  const shown = best.length ? best : (data.sub_results ?? []).slice(0, 1);
  const sections = shown.map((sub) => {
    const anchor = decodeURIComponent(new URL(sub.url, indexPage).hash.slice(1));
    const title = readableIndexHtml(sub.title);
    return { title, href: anchor && anchor !== 'top' ? `${target}#${anchor}` : target, text: withoutTitle(readableIndexHtml(best.length ? sub.excerpt : data.excerpt), title) };
  });
  return sections.length ? sections : [{ title: data.meta.title ?? target, href: target, text: readableIndexHtml(data.excerpt) }];
}
