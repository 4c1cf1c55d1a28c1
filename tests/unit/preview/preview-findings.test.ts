/** The preview's findings of one disclosure: only files in its folder (not a folder whose name starts the same), in file and line order. */
import { describe, expect, it } from 'vitest';
import { findingsUnder } from '../../../src/preview/preview-findings.ts';
import type { Finding } from '../../../src/validation/finding.ts';

const finding = (file: string, line: number, extra: Partial<Finding> = {}): Finding => ({
  severity: 'error', rule: 'sum/tree', file, line, col: 1, path: 'x', message: '合计不符', messageEn: 'Sum differs', ...extra,
});

describe('findingsUnder', () => {
  it('keeps the folder\'s own files, sorted, as file:line with both messages', () => {
    const findings = [
      finding('content/disclosures/2024/a/budget/tables.yaml', 9),
      finding('content/disclosures/2024/a/budget-old/tables.yaml', 1),
      finding('content/disclosures/2024/a/budget/index.md', 30, { severity: 'warning', rule: 'plausibility/missing-dates' }),
      finding('content/disclosures/2024/a/budget/index.md', 3, { acknowledged: { explanation: '原文如此' } }),
    ];
    expect(findingsUnder(findings, 'content/disclosures/2024/a/budget')).toEqual([
      { where: 'content/disclosures/2024/a/budget/index.md:3', severity: 'error', acknowledged: true, rule: 'sum/tree', path: 'x', message: '合计不符', messageEn: 'Sum differs' },
      { where: 'content/disclosures/2024/a/budget/index.md:30', severity: 'warning', acknowledged: false, rule: 'plausibility/missing-dates', path: 'x', message: '合计不符', messageEn: 'Sum differs' },
      { where: 'content/disclosures/2024/a/budget/tables.yaml:9', severity: 'error', acknowledged: false, rule: 'sum/tree', path: 'x', message: '合计不符', messageEn: 'Sum differs' },
    ]);
  });
});
