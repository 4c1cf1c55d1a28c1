/**
 * What a search result shows, from the data Pagefind returns for it (pure, for the search page and the portal): the
 * sections of the document that hold the hits, each linking to its anchor on the real page, with readable text.
 */
import { indexTextToReadable } from './search-text.ts';

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

/**
 * The sections holding the hits, best first: a section whose title holds a query word before the others, then by
 * the number of hits; at most MAX_SECTIONS. `pageUrl` resolves the result's URLs (a merged index's are absolute, the
 * site's own are root-relative); every link leads to the real page (meta.url) and the section's anchor.
 */
export function hitSections(data: PagefindResultData, terms: readonly string[], pageUrl: string): HitSection[] {
  const indexPage = new URL(data.url, pageUrl);
  const target = new URL(data.meta.url ?? indexPage.pathname, indexPage).href;
  const titled = (sub: PagefindSubResult) => terms.some((term) => readableIndexHtml(sub.title).includes(term));
  const score = (sub: PagefindSubResult) => (titled(sub) ? 1000 : 0) + (sub.locations?.length ?? 0);
  const hits = (data.sub_results ?? []).filter((sub) => (sub.locations?.length ?? 0) > 0);
  const best = [...hits].sort((a, b) => score(b) - score(a)).slice(0, MAX_SECTIONS);
  const shown = best.length ? best : (data.sub_results ?? []).slice(0, 1);
  const sections = shown.map((sub) => {
    const anchor = decodeURIComponent(new URL(sub.url, indexPage).hash.slice(1));
    return { title: readableIndexHtml(sub.title), href: anchor && anchor !== 'top' ? `${target}#${anchor}` : target, text: readableIndexHtml(best.length ? sub.excerpt : data.excerpt) };
  });
  return sections.length ? sections : [{ title: data.meta.title ?? target, href: target, text: readableIndexHtml(data.excerpt) }];
}
