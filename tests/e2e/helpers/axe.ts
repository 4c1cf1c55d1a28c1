/** Readable axe-core violations for assertion messages. */
export interface AxeNode { target: unknown[]; html: string; failureSummary?: string }
export interface AxeViolation { id: string; impact?: string | null; help: string; helpUrl: string; nodes: AxeNode[] }

export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations.map((v) => [
    `[${v.id}] (${v.impact ?? 'n/a'}) ${v.help} — ${v.nodes.length} node(s) ${v.helpUrl}`,
    ...v.nodes.slice(0, 8).map((n) => `    ${JSON.stringify(n.target)}  ${n.html.slice(0, 160)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`),
    ...(v.nodes.length > 8 ? [`    … and ${v.nodes.length - 8} more`] : []),
  ].join('\n')).join('\n');
}

/**
 * The rules beyond WCAG 2.1 A/AA that Lighthouse's accessibility score also counts (axe-core's best-practice and
 * newer rules in Lighthouse's accessibility category): a page passing all of them and the WCAG ones scores 100.
 */
export const LIGHTHOUSE_EXTRA_RULES = [
  'accesskeys', 'aria-allowed-role', 'aria-dialog-name', 'aria-text', 'aria-treeitem-name', 'empty-heading', 'heading-order',
  'identical-links-same-purpose', 'image-redundant-alt', 'label-content-name-mismatch', 'landmark-one-main', 'skip-link',
  'table-duplicate-name', 'table-fake-caption', 'tabindex', 'target-size', 'td-has-header',
];

/**
 * Runs axe-core (already injected into the page) with every WCAG 2.1 A/AA rule and Lighthouse's extra ones; returns the
 * violations.
 */
export async function runAxe(page: import('playwright-core').Page): Promise<AxeViolation[]> {
  return page.evaluate(async (extra) => {
    type Axe = { getRules(tags?: string[]): Array<{ ruleId: string }>; run(context: Document, options: object): Promise<{ violations: unknown[] }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    const rules = [...new Set([...axe.getRules(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).map((rule) => rule.ruleId), ...extra])];
    return (await axe.run(document, { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] })).violations;
  }, LIGHTHOUSE_EXTRA_RULES) as Promise<AxeViolation[]>;
}
