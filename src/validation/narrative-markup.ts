/**
 * What a narrative may hold beyond plain Markdown, decided once for the check (rules/narrative-html.ts) and for the
 * page (src/data/narrative.ts), so what passes the check is exactly what the page shows.
 *
 * Raw HTML: only `<br>` (line break), `<sup>…</sup>` and `<sub>…</sub>` (superscript, subscript), written without
 * attributes, each pair within one paragraph or table cell. They become Markdown nodes here, so no raw HTML ever
 * reaches the page; every other piece of raw HTML (a `<table>`, `<span>`, `<font>`…) is dropped by the page and
 * reported by the check. HTML comments are dropped without a word, unless they hide a tagged figure.
 * Links and images: a written address with a scheme must use http or https (any other scheme is reported; the page's
 * sanitizer drops all but mailto:); relative addresses are fine; an e-mail address written as text becomes a mailto:
 * link (the parser's, not the editor's).
 */
import { createRequire } from 'node:module';
import type { Emphasis, Html, Link, Nodes, Parents, Root, RootContent } from 'mdast';
import { FACT_TAG } from '../domain/facts/catalogue.ts';
import { schemeOf, isWebScheme } from '../domain/web-address.ts';

/** A piece of the narrative the page leaves out or refuses, with its place in the parsed text. */
export interface MarkupProblem {
  /** html: raw HTML the page drops; comment: an HTML comment (dropped, fine unless it hides a figure); link: a scheme other than http(s). */
  readonly kind: 'html' | 'comment' | 'link';
  /** Offsets in the parsed text. */
  readonly start: number;
  readonly end: number;
  /** For html, the element as written (`<table>`, `</sup>`); for a link, its address. */
  readonly what: string;
  /** For html: why it is dropped. */
  readonly reason?: 'not-allowed' | 'attributes' | 'unclosed' | 'unopened';
}

const BREAK = /^<br\s*\/?>$/i;
const OPEN = /^<(sup|sub)>$/i;
const CLOSE = /^<\/(sup|sub)\s*>$/i;
const ALLOWED_NAME = /^<\/?(br|sup|sub)\b/i;
const COMMENT = /^<!--/;
const ELEMENT = /^<\/?[A-Za-z][A-Za-z0-9-]*/;

/** The element an html node starts with, as an editor would name it: `<table>`, `</span>`, `<!DOCTYPE>`. */
export function elementOf(html: string): string {
  const element = ELEMENT.exec(html.trim());
  if (element) return `${element[0]}>`;
  return html.trim().split(/\s/, 1)[0]!.slice(0, 20);
}

/**
 * Turns the allowed raw HTML of a parsed narrative into Markdown nodes (in place) and lists everything else the
 * page will leave out. Also writes http(s) schemes in lower case, as the sanitizer compares them.
 */
export function applyNarrativeMarkup(tree: Root): MarkupProblem[] {
  const problems: MarkupProblem[] = [];
  const place = (node: Nodes) => ({ start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 });
  const visit = (parent: Parents) => {
    const out: RootContent[] = [];
    const open: Array<{ name: 'sup' | 'sub'; node: Html; at: number }> = [];
    for (const child of parent.children) {
      if (child.type === 'html') {
        const value = child.value.trim();
        const opening = OPEN.exec(value);
        const closing = CLOSE.exec(value);
        if (BREAK.test(value)) {
          out.push({ type: 'break', ...(child.position ? { position: child.position } : {}) });
        } else if (opening) {
          open.push({ name: opening[1]!.toLowerCase() as 'sup' | 'sub', node: child, at: out.length });
          out.push(child);
        } else if (closing && open.at(-1)?.name === closing[1]!.toLowerCase()) {
          const opened = open.pop()!;
          const inner = out.splice(opened.at).slice(1);
          const element: Emphasis = { type: 'emphasis', data: { hName: opened.name }, children: inner as Emphasis['children'] };
          if (opened.node.position && child.position) element.position = { start: opened.node.position.start, end: child.position.end };
          out.push(element);
        } else {
          const kind = COMMENT.test(value) ? 'comment' : 'html';
          const reason = kind === 'comment' ? undefined : closing ? 'unopened' : ALLOWED_NAME.test(value) ? 'attributes' : 'not-allowed';
          problems.push({ kind, ...place(child), what: kind === 'comment' ? '<!-- -->' : elementOf(value), ...(reason ? { reason } : {}) });
          out.push(child);
        }
        continue;
      }
      if (child.type === 'link' || child.type === 'image' || child.type === 'definition') checkAddress(child, problems, place(child));
      if ('children' in child) visit(child);
      out.push(child);
    }
    for (const unclosed of open) problems.push({ kind: 'html', ...place(unclosed.node), what: elementOf(unclosed.node.value), reason: 'unclosed' });
    parent.children = out as typeof parent.children;
  };
  visit(tree);
  return problems.sort((a, b) => a.start - b.start);
}

function checkAddress(node: { url: string; type: string } & Partial<Pick<Link, 'children'>>, problems: MarkupProblem[], at: { start: number; end: number }): void {
  const scheme = schemeOf(node.url);
  if (scheme === undefined) return;
  if (isWebScheme(scheme)) {
    node.url = scheme.toLowerCase() + node.url.slice(scheme.length);
    return;
  }
  // An e-mail address written as text (name@host or <name@host>): the parser made the link, not the editor.
  const text = node.children?.length === 1 && node.children[0]!.type === 'text' ? node.children[0]!.value : undefined;
  if (text !== undefined && !text.includes(':') && node.url === `mailto:${text}`) return;
  problems.push({ kind: 'link', ...at, what: node.url });
}

export interface TaggedFigure {
  /** The tag as written: {{400.90|支出合计}} */
  readonly tag: string;
  /** Where its figure stands in the text without tags. */
  readonly start: number;
  readonly end: number;
  /** Where the tag stands in the text as written. */
  readonly sourceOffset: number;
}

/** Fact tags {{figure|fact}} replaced by their figure, as the page shows them. */
export function stripFactTags(markdown: string): string {
  return markdown.replace(FACT_TAG, (_, figure: string) => figure);
}

/**
 * The text without tags (as stripFactTags gives it) and where each tag's figure landed in it, plus a map from an
 * offset in that text back to the text as written.
 */
export function stripFactTagsWithPlaces(markdown: string): { text: string; tags: TaggedFigure[]; sourceOffset: (offset: number) => number } {
  const tags: TaggedFigure[] = [];
  let text = '';
  let from = 0;
  for (const match of markdown.matchAll(FACT_TAG)) {
    text += markdown.slice(from, match.index);
    const figure = match[1] ?? '';
    tags.push({ tag: match[0], start: text.length, end: text.length + figure.length, sourceOffset: match.index });
    text += figure;
    from = match.index + match[0].length;
  }
  text += markdown.slice(from);
  const sourceOffset = (offset: number) => {
    let shift = 0;
    for (const tag of tags) {
      if (tag.end <= offset) shift += tag.tag.length - (tag.end - tag.start);
      else if (tag.start < offset) return tag.sourceOffset; // within a figure: where its tag starts
      else break;
    }
    return offset + shift;
  };
  return { text, tags, sourceOffset };
}

type Parser = { parse(text: string): Root };
let parser: Parser | undefined;

/**
 * The narrative parsed as the page parses it (remark with GFM, as in src/data/narrative.ts). Loaded on first use:
 * the check needs it only for a narrative with HTML or links, and loading it costs about 0.1 s per worker.
 */
export function parseNarrative(text: string): Root {
  if (!parser) {
    const require = createRequire(import.meta.url);
    const { unified } = require('unified') as typeof import('unified');
    const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
    const remarkGfm = (require('remark-gfm') as typeof import('remark-gfm')).default;
    parser = unified().use(remarkParse).use(remarkGfm) as unknown as Parser;
  }
  return parser.parse(text);
}

/**
 * False when a narrative can hold neither raw HTML, autolinks nor written links (no `<` before a letter, `!`, `/`
 * or `?`, no `](` and no `]:`): the usual narrative, which then needs no parsing.
 */
export const mayHoldMarkup = (text: string): boolean => MARKUP_HINT.test(text);
const MARKUP_HINT = /<[A-Za-z!/?]|\]\(|\]:/;
