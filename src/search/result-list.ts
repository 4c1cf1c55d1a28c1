/**
 * One search result on the page (the site's search page and the portal's): the document's title, where it is from,
 * and the sections holding the hits, each a link with a readable excerpt, the reader's words marked.
 */
import { hitSections, type PagefindResultData } from './search-hits.ts';
import { snippet } from './snippet.ts';

export function resultItem(data: PagefindResultData, terms: readonly string[], where: readonly string[]): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h3');
  heading.textContent = data.meta.title ?? '';
  const from = document.createElement('p');
  from.className = 'result-where';
  from.textContent = where.filter(Boolean).join(' · ');
  const sections = document.createElement('ul');
  sections.className = 'result-sections';
  for (const section of hitSections(data, terms, location.href)) {
    const entry = document.createElement('li');
    const link = document.createElement('a');
    link.href = section.href;
    link.textContent = section.title;
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    for (const part of snippet(section.text, terms)) {
      if (part.hit) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else excerpt.append(document.createTextNode(part.text));
    }
    entry.append(link, excerpt);
    sections.append(entry);
  }
  item.append(heading, from, sections);
  return item;
}

/** Where a result of this site is from: department, year (a department page: the years it covers), stage, kind of content. */
export const siteWhere = (data: PagefindResultData): string[] =>
  [data.meta.department ?? '', data.meta.years ?? (data.meta.year ? `${data.meta.year}年` : ''), data.meta.stage ?? '', data.meta.kind ?? ''];
