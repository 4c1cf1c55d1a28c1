/** The pure parts of npm run new: years move on by one, narrative figures are cleared with their facts kept. */
import { describe, expect, it } from 'vitest';
import { BLANK_FIGURE, clearNarrative, moveYears } from '../../../src/scaffold/new-disclosure.ts';

describe('moveYears', () => {
  it('moves last year and the year before on by one, and nothing else', () => {
    expect(moveYears('2024年预算比2023年增加，2020年起实施；资产截至2023-12；编码20240101', 2024))
      .toBe('2025年预算比2024年增加，2020年起实施；资产截至2024-12；编码20240101');
  });
});

describe('clearNarrative', () => {
  it('keeps each tag\'s fact and clears its figure', () => {
    expect(clearNarrative('支出{{1,992.86|支出合计}}万元，比上年减少{{ 25 | 机关运行经费.比上年减少 }}万元。', 2024))
      .toBe(`支出{{${BLANK_FIGURE}|支出合计}}万元，比上年减少{{${BLANK_FIGURE}|机关运行经费.比上年减少}}万元。`);
  });
});
