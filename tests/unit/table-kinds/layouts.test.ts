/**
 * Real layouts give no false errors, and one missing figure gives one finding: a basic-expenditure table that prints
 * 人员经费合计 and 公用经费合计 in two panels and no grand total; a totals row that leaves its 合计 blank.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_BUDGET, baseWith, dump, replaceOnce, runCheck } from '../../helpers/content.ts';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));
const check = (edit: (text: string) => string) => {
  const tree = baseWith({ [`${BASE_BUDGET}/tables.yaml`]: edit });
  cleanups.push(tree.cleanup);
  return runCheck(tree.root);
};

describe('basic expenditure printed in two panels, without a grand total', () => {
  it('is a valid layout: no finding', () => {
    const { findings } = check(replaceOnce('total: { total: 270.40, personnel: 230.00, public: 40.40 }', 'total: { personnel: 230.00, public: 40.40 }'));
    expect(findings, dump(findings)).toEqual([]);
  });

  it('its panel totals still meet the general budget table: 230.50 + 40.40 ≠ 270.40 is found once', () => {
    const { blocking } = check(replaceOnce('total: { total: 270.40, personnel: 230.00, public: 40.40 }', 'total: { personnel: 230.50, public: 40.40 }'));
    expect(blocking.map((finding) => finding.rule).sort(), dump(blocking)).toEqual(['cross/basic-expenditure', 'sum/total']);
    expect(blocking.find((finding) => finding.rule === 'cross/basic-expenditure')!.message).toContain('270.9');
  });
});

describe('one missing total, one finding', () => {
  it('a general budget table whose totals row leaves 合计 blank is reported once, by the totals row', () => {
    const { blocking } = check(replaceOnce('total: { total: 370.90, basic: 270.40, project: 100.50 }', 'total: { basic: 270.40, project: 100.50 }'));
    expect(blocking.map((finding) => `${finding.rule} ${finding.path}`), dump(blocking)).toEqual(['sum/row general_budget_expenditure.total.total']);
  });
});
