/**
 * Narrative Markdown to safe HTML: fact tags become their figure, headings are demoted one level (the page owns
 * h1 and h2) and get anchors, and everything passes rehype-sanitize (GitHub's schema): no scripts, event
 * handlers, javascript: URLs, iframes or form controls reach the page.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { FACT_TAG } from '../domain/facts.ts';

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

const schema = { ...defaultSchema, clobberPrefix: '', attributes: { ...defaultSchema.attributes, '*': [...(defaultSchema.attributes?.['*'] ?? []), 'id'] } };

export function stripFactTags(markdown: string): string {
  return markdown.replace(FACT_TAG, (_, figure: string) => figure);
}

export function renderNarrative(markdown: string): { html: string; headings: NarrativeHeading[]; text: string } {
  const headings: NarrativeHeading[] = [];
  const source = stripFactTags(markdown);
  const html = String(
    unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize, schema).use(demoteHeadings(headings)).use(rehypeStringify).processSync(source),
  );
  return { html, headings, text: source };
}
