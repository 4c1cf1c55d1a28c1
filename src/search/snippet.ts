/** A readable snippet around the first hit of the query, with the hits marked. Pure, for the search page. */
export interface SnippetPart {
  readonly text: string;
  readonly hit: boolean;
}

/** The words of a query as the reader typed them (quotes and amounts are not looked for). */
export function queryTerms(query: string): string[] {
  return query.replace(/["“”]/g, ' ').split(/\s+/).filter((term) => term.length > 0).sort((a, b) => b.length - a.length);
}

export function snippet(text: string, terms: readonly string[], radius = 40): SnippetPart[] {
  const first = Math.min(...terms.map((term) => text.indexOf(term)).filter((index) => index >= 0), Infinity);
  const start = Number.isFinite(first) ? Math.max(0, first - radius) : 0;
  const end = Math.min(text.length, (Number.isFinite(first) ? first : 0) + radius * 2);
  const window = text.slice(start, end);
  const parts: SnippetPart[] = [];
  let rest = window;
  while (rest) {
    let best: { index: number; term: string } | undefined;
    for (const term of terms) {
      const index = rest.indexOf(term);
      if (index >= 0 && (!best || index < best.index)) best = { index, term };
    }
    if (!best) { parts.push({ text: rest, hit: false }); break; }
    if (best.index > 0) parts.push({ text: rest.slice(0, best.index), hit: false });
    parts.push({ text: best.term, hit: true });
    rest = rest.slice(best.index + best.term.length);
  }
  if (start > 0) parts.unshift({ text: '…', hit: false });
  if (end < text.length) parts.push({ text: '…', hit: false });
  return parts;
}
