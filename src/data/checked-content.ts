/**
 * The validated content for pages. scripts/build.ts validates before Astro starts and shares the result
 * through a process-wide slot, so content is read and checked once per build. When Astro runs on its own
 * (astro dev, astro build), the content is checked here and any blocking error stops the build.
 */
import { resolve } from 'node:path';
import { checkContent, type CheckResult } from '../validation/check-content.ts';
import { countFindings, formatFinding } from '../validation/format-findings.ts';

const SLOT = Symbol.for('budget-disclosure-publisher.checked-content');
type Slot = { [SLOT]?: CheckResult };

export function shareCheckedContent(result: CheckResult): void {
  (globalThis as Slot)[SLOT] = result;
}

export function getCheckedContent(): CheckResult {
  const slot = globalThis as Slot;
  if (!slot[SLOT]) {
    const result = checkContent(resolve(process.env.BUDGET_CONTENT_DIR ?? 'content'));
    // The live preview (scripts/preview.ts, BUDGET_PREVIEW=1) shows pages with their errors; a build stops.
    if (countFindings(result.findings).errors > 0 && process.env.BUDGET_PREVIEW !== '1') {
      const blocking = result.findings.filter((f) => f.severity === 'error' && !f.acknowledged);
      throw new Error(`内容检查未通过（请运行 npm run check 查看全部问题）：\n${blocking.slice(0, 20).map(formatFinding).join('\n')}`);
    }
    slot[SLOT] = result;
  }
  return slot[SLOT];
}
