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
