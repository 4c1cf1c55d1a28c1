/**
 * What the live preview (npm run preview) shows besides the site: each disclosure's findings in a panel on its page
 * and every finding on one page. Only rendered when the preview runs (`astro dev` started by scripts/preview.ts):
 * nothing of it reaches a published build (tests/e2e/preview.e2e.test.ts builds and looks).
 */
import { relative, resolve, sep } from 'node:path';
import { getCheckedContent } from '../data/checked-content.ts';
import { compareFindings, type Finding } from '../validation/finding.ts';
import type { Stage } from '../schemas/primitives.ts';

/** Set by scripts/preview.ts before Astro starts. */
export const PREVIEW_ENV = 'BUDGET_PREVIEW';
/** The injected page listing the whole site's findings. */
export const FINDINGS_PAGE = '/_preview/findings/';

export const isPreview = (): boolean => process.env[PREVIEW_ENV] === '1';

/** A finding as the preview lists it: file:line (relative to the working directory), severity, rule, messages. */
export interface PreviewFinding {
  readonly where: string;
  readonly severity: 'error' | 'warning';
  readonly acknowledged: boolean;
  readonly rule: string;
  readonly path: string;
  readonly message: string;
  readonly messageEn?: string;
}

const asPreview = (finding: Finding): PreviewFinding => ({
  where: `${finding.file}:${finding.line}`,
  severity: finding.severity,
  acknowledged: Boolean(finding.acknowledged),
  rule: finding.rule,
  path: finding.path,
  message: finding.message,
  ...(finding.messageEn ? { messageEn: finding.messageEn } : {}),
});

/** Findings in files under a folder (display paths, as findings carry them), sorted by file and line (pure). */
export function findingsUnder(findings: readonly Finding[], folder: string): PreviewFinding[] {
  const prefix = resolve(folder) + sep;
  return findings.filter((finding) => resolve(finding.file).startsWith(prefix)).sort(compareFindings).map(asPreview);
}

/** One disclosure's findings, from the check the preview last ran. */
export function disclosureFindings(year: number, department: string, stage: Stage): PreviewFinding[] {
  const { content, findings } = getCheckedContent();
  const disclosure = content.disclosures.find((d) => d.year === year && d.department === department && d.stage === stage);
  return disclosure ? findingsUnder(findings, disclosure.dir) : [];
}

/** Every finding of the site, grouped by folder (relative to the working directory), in file order. */
export function siteFindings(): Array<{ folder: string; findings: PreviewFinding[] }> {
  const { findings } = getCheckedContent();
  const groups = new Map<string, PreviewFinding[]>();
  for (const finding of [...findings].sort(compareFindings)) {
    const folder = relative(process.cwd(), resolve(finding.file, '..')) || '.';
    groups.set(folder, [...(groups.get(folder) ?? []), asPreview(finding)]);
  }
  return [...groups].map(([folder, list]) => ({ folder, findings: list }));
}
