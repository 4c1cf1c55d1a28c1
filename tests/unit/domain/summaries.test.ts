import { describe, expect, it } from 'vitest';
import { money } from '../../../src/domain/money.ts';
import { changeSentence, completionSentence, executionSentence, projectsSummary, totalsSummary } from '../../../src/domain/summaries.ts';
import { amountWithUnit as amountText } from '../../../src/domain/amount-display.ts';

describe('summaries', () => {
  it('states an increase with amount and percentage (the issue example)', () => {
    // 1992.86 − 1378.75 = 614.11; 614.11 / 1378.75 = 44.54…% → 44.5%
    expect(changeSentence(money('1992.86'), money('1378.75'), '万元')).toBe('比上年增加614.11万元，增长44.5%');
  });
  it('states a decrease, no change, and leaves the percentage out when last year was zero', () => {
    expect(changeSentence(money('115.51'), money('140.51'), '万元')).toBe('比上年减少25.00万元，下降17.8%');
    expect(changeSentence(money('20'), money('20.00'), '万元')).toBe('与上年持平');
    expect(changeSentence(money('5'), money('0'), '万元')).toBe('比上年增加5.00万元');
  });
  it('formats 万元 with two decimals and 元 as written', () => {
    expect(amountText(money('1992.86'), '万元')).toBe('1,992.86万元');
    expect(amountText(money('28'), '万元')).toBe('28.00万元');
    expect(amountText(money('200000'), '元')).toBe('200,000元');
  });
  it('builds the intro sentence with shares of basic and project expenditure', () => {
    const text = totalsSummary({ year: 2023, stageLabel: '预算', unit: '万元', total: money('1992.86'), lastYearTotal: money('1378.75'), basic: money('575.29'), project: money('1417.57'), threePublic: money('20') });
    // 575.29 / 1992.86 = 28.87% → 28.9%; 1417.57 / 1992.86 = 71.13% → 71.1%
    expect(text).toBe('2023年支出预算1,992.86万元，比上年增加614.11万元，增长44.5%。其中基本支出575.29万元（占28.9%），项目支出1,417.57万元（占71.1%）；“三公”经费20.00万元。');
    expect(totalsSummary({ year: 2023, stageLabel: '预算', unit: '万元' })).toBeUndefined();
  });
  it('summarises project-only disclosures and execution', () => {
    expect(projectsSummary(2022, 2, { total: money('500000'), nested: false }, '元')).toBe('2022年共公开2个项目的绩效目标，项目资金合计500,000元。');
    expect(projectsSummary(2023, 3, { total: money('192.14'), nested: true }, '万元')).toBe('2023年共公开3个项目的绩效目标，项目资金合计192.14万元（一级项目与所属二级项目只计一次）。');
    expect(projectsSummary(2023, 1, { total: undefined, nested: false }, '万元')).toBe('2023年共公开1个项目的绩效目标。');
    expect(executionSentence(money('1025.73'), money('1517.21'), '万元')).toBe('预算1,025.73万元，决算1,517.21万元，执行率147.92%');
    expect(executionSentence(money('0'), money('5'), '万元')).toBe('预算0.00万元，决算5.00万元，执行率不适用');
    expect(executionSentence(undefined, undefined, '万元')).toBeUndefined();
  });
  it('writes a final account\'s line from its figures, so the words cannot contradict them', () => {
    expect(completionSentence(money('200'), money('190'), '万元', '厉行节约')).toBe('年初预算为200.00万元，支出决算为190.00万元，完成年初预算的95.00%。决算数小于年初预算数的主要原因是厉行节约。');
    expect(completionSentence(money('200'), money('230'), '万元', '主要原因是年中追加了经费。')).toBe('年初预算为200.00万元，支出决算为230.00万元，完成年初预算的115.00%。决算数大于年初预算数的主要原因是年中追加了经费。');
    expect(completionSentence(money('0'), money('5'), '万元', undefined)).toBe('年初预算为0.00万元，支出决算为5.00万元（年初未安排预算，完成率不适用）。');
  });
});
