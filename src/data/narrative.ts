/**
 * Narrative Markdown to safe HTML: fact tags become their figure, the raw HTML the check allows (<br>, <sup>, <sub>:
 * src/validation/narrative-markup.ts) becomes Markdown nodes and any other raw HTML is left out (the check reports
 * it), headings are demoted one level (the page owns h1 and h2) and get anchors, and everything passes
 * rehype-sanitize (GitHub's schema, links http, https and mailto only): no scripts, event handlers, javascript:
 * URLs, iframes or form controls reach the page.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Root } from 'mdast';
import { replaceUnsafeCharacters } from '../domain/unsafe-characters.ts';
import { applyNarrativeMarkup, stripFactTags } from '../validation/narrative-markup.ts';

export { stripFactTags };

export interface NarrativeHeading {
  readonly id: string;
  readonly text: string;
  readonly depth: number;
}

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const textOf = (node: HastNode): string => node.value ?? (node.children ?? []).map(textOf).join('');

/** Demotes headings (## → h3) and numbers them as anchors narrative-1, narrative-2… */
function demoteHeadings(headings: NarrativeHeading[]) {
  return () => (tree: HastNode) => {
    let counter = 0;
    const visit = (node: HastNode) => {
      const match = node.tagName ? /^h([1-6])$/.exec(node.tagName) : null;
      if (match) {
        const depth = Math.min(6, Number(match[1]) + 1);
        node.tagName = `h${depth}`;
        const id = `narrative-${++counter}`;
        node.properties = { ...node.properties, id };
        headings.push({ id, text: textOf(node), depth });
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}

const schema = {
  ...defaultSchema,
  clobberPrefix: '',
  attributes: { ...defaultSchema.attributes, '*': [...(defaultSchema.attributes?.['*'] ?? []), 'id'] },
  // As the check allows (src/domain/web-address.ts); mailto: only comes from e-mail addresses written as text.
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};

/** The allowed raw HTML as Markdown nodes (what else the check reported is left for remark-rehype to drop). */
const narrativeMarkup = () => (tree: Root) => { applyNarrativeMarkup(tree); };

export interface GlossaryLink {
  readonly id: string;
  readonly forms: readonly string[];
}

/**
 * Links the first mention of each glossary term in running text to its entry (not inside headings or links).
 * Runs after sanitizing: the only elements it adds are plain links to our own glossary page.
 */
function linkGlossaryTerms(terms: readonly GlossaryLink[]) {
  return () => (tree: HastNode) => {
    const pending = new Map<string, string>();
    for (const term of terms) for (const form of term.forms) if (form.length >= 2) pending.set(form, term.id);
    if (pending.size === 0) return;
    const forms = [...pending.keys()].sort((a, b) => b.length - a.length);
    const linked = new Set<string>();
    const visit = (node: HastNode, skip: boolean) => {
      if (!node.children) return;
      const nextSkip = skip || /^(h[1-6]|a|code|pre)$/.test(node.tagName ?? '');
      const out: HastNode[] = [];
      for (const child of node.children) {
        if (child.type !== 'text' || nextSkip) {
          visit(child, nextSkip);
          out.push(child);
          continue;
        }
        let rest = child.value ?? '';
        for (;;) {
          let best: { index: number; form: string } | undefined;
          for (const form of forms) {
            const id = pending.get(form)!;
            if (linked.has(id)) continue;
            const index = rest.indexOf(form);
            if (index >= 0 && (!best || index < best.index)) best = { index, form };
          }
          if (!best) break;
          const id = pending.get(best.form)!;
          linked.add(id);
          if (best.index > 0) out.push({ type: 'text', value: rest.slice(0, best.index) });
          out.push({ type: 'element', tagName: 'a', properties: { href: `/glossary/#${id}`, className: ['term'] }, children: [{ type: 'text', value: best.form }] });
          rest = rest.slice(best.index + best.form.length);
        }
        if (rest) out.push({ type: 'text', value: rest });
      }
      node.children = out;
    };
    visit(tree, false);
  };
}

export function renderNarrative(markdown: string, terms: readonly GlossaryLink[] = []): { html: string; headings: NarrativeHeading[]; text: string } {
  const headings: NarrativeHeading[] = [];
  // Characters no output can hold are errors of the check; should one be acknowledged, the page shows U+FFFD.
  const source = replaceUnsafeCharacters(stripFactTags(markdown));
  const html = String(
    unified().use(remarkParse).use(remarkGfm).use(narrativeMarkup).use(remarkRehype).use(rehypeSanitize, schema)
      .use(demoteHeadings(headings)).use(linkGlossaryTerms(terms)).use(rehypeStringify).processSync(source),
  );
  return { html, headings, text: source };
}
