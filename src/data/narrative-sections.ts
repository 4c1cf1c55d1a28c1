/**
 * The narrative cut at its top headings (说明's 一、二、三…, rendered as h3 by src/data/narrative.ts), so the page can
 * fold each part to its heading. Pure string work on the HTML narrative.ts made: its h3 elements are top-level and
 * carry the anchors narrative-1, narrative-2…; nothing is dropped (text before the first heading is the intro).
 */
export interface NarrativeSection {
  readonly id: string;
  /** Inner HTML of the heading. */
  readonly heading: string;
  /** HTML after the heading, up to the next top heading. */
  readonly body: string;
}

const TOP_HEADING = /<h3 id="([^"]+)">([\s\S]*?)<\/h3>/g;

export function narrativeSections(html: string): { readonly intro: string; readonly sections: readonly NarrativeSection[] } {
  const matches = [...html.matchAll(TOP_HEADING)];
  if (matches.length === 0) return { intro: html, sections: [] };
  const sections = matches.map((match, index) => {
    const start = match.index! + match[0].length;
    const end = index + 1 < matches.length ? matches[index + 1]!.index! : html.length;
    return { id: match[1]!, heading: match[2]!, body: html.slice(start, end) };
  });
  return { intro: html.slice(0, matches[0]!.index!), sections };
}
