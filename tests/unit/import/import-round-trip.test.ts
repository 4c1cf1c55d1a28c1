/**
 * The importer against workbooks laid out as export systems lay them out (tests/helpers/workbooks.ts): content →
 * workbook → import gives the very tables it came from (every figure with its decimals, blank vs 0, codes, names,
 * sections, notes), for every sheet table kind, both stages and both units, in each odd layout.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_CONTENT, SAMPLE_CONTENT, makeTempDir } from '../../helpers/content.ts';
import { parseTables, rawTables, roundTrip, sheetTables } from '../../helpers/import-round-trip.ts';
import { SHEET_KINDS } from '../../../src/import/recognise.ts';
import { generateContent } from '../../../scripts/bench/generate.ts';
import type { Layout, Stage } from '../../helpers/workbooks.ts';

const tree = makeTempDir('budget-import-');
afterAll(() => tree.cleanup());

/** Expect the import of `text`'s workbook to hold exactly `text`'s sheet tables. */
function expectRoundTrip(text: string, stage: Stage, year: number, layout: Layout = {}) {
  const { result, parsed, written } = roundTrip(text, stage, year, layout);
  expect(result.problems).toEqual([]);
  expect(parsed.findings, written).toEqual([]);
  const original = sheetTables(parseTables(text).data!);
  expect(Object.keys(original).length).toBeGreaterThan(0);
  expect(sheetTables(parsed.data!)).toEqual(original);
  expect(result.unit).toBe(rawTables(text).unit);
  return { result, written };
}

const read = (path: string) => readFileSync(path, 'utf8');

/** Final accounts with the kinds the sample content lacks: fund balances and projects. */
const FINAL_EXTRAS = `unit: 元
government_fund_balance:
  rows:
    - { code: "212", name: 城乡社区支出, opening_balance: 1000.00, income: 300000.00, expenditure: 290000.00, project: 290000.00, closing_balance: 11000.00 }
    - { code: "21208", name: 国有土地使用权出让收入安排的支出, opening_balance: 1000.00, income: 300000.00, expenditure: 290000.00, project: 290000.00, closing_balance: 11000.00 }
  total: { opening_balance: 1000.00, income: 300000.00, expenditure: 290000.00, basic: 0, project: 290000.00, closing_balance: 11000.00 }
state_capital_balance:
  rows: []
  empty_statement: 本部门无国有资本经营预算财政拨款收支，故此表无数据。
project_expenditure:
  rows:
    - { name: 干部教育培训, code: "500240-22-0001", functional_code: "2013202", category: 一般性项目, amount: 120000.50, general_budget: 120000.50 }
    - { name: 党员远程教育, code: "500240-22-0002", amount: 80000, general_budget: 60000, other: 20000 }
  total: 200000.50
`;

// Synthetic disclosures of the benchmark: every standard table of both stages, in 万元 and in 元.
const generated = generateContent({ root: tree.root, disclosures: 60, seed: 'import' });
const year = generated.years.at(-1)!;
const yearDir = join(tree.root, 'disclosures', String(year));
const byUnit = new Map<string, string>();
for (const department of readdirSync(yearDir)) {
  const unit = /^unit: (\S+)/m.exec(read(join(yearDir, department, 'budget', 'tables.yaml')))?.[1];
  if (unit && !byUnit.has(unit)) byUnit.set(unit, department);
}

describe('round trip: content → workbook → import', () => {
  it('the sample budget (万元, every standard table, blank cells, an empty table with its statement)', () => {
    const { written } = expectRoundTrip(read(join(SAMPLE_CONTENT, 'disclosures/2023/shizhu-organization/budget/tables.yaml')), 'budget', 2023);
    // Figures as printed: 28.00 keeps its decimals; a blank cell stays out of the row.
    expect(written).toContain('{ code: "207", name: 文化旅游体育与传媒支出, total: 28.00, project: 28.00 }');
    expect(written).toContain('empty_statement: 本单位无政府性基金收支，故此表无数据。');
  });

  it('the base fixture: budget with every standard table; final accounts with budget and actual “三公”, zeros kept', () => {
    expectRoundTrip(read(join(BASE_CONTENT, 'disclosures/2024/demo-county-office/budget/tables.yaml')), 'budget', 2024);
    const { written } = expectRoundTrip(read(join(BASE_CONTENT, 'disclosures/2023/demo-county-office/final/tables.yaml')), 'final', 2023);
    expect(written).toMatch(/this_year: \{ total: 12\.50, overseas: 0, /);
  });

  it('final accounts in 元 with the fund-balance and project tables', () => {
    const { result } = expectRoundTrip(FINAL_EXTRAS, 'final', 2024);
    expect([...result.tables.keys()]).toEqual(['government_fund_balance', 'state_capital_balance', 'project_expenditure']);
  });

  it('the synthetic content has departments in both units', () => expect([...byUnit.keys()].sort()).toEqual(['万元', '元']));
  for (const [unit, department] of byUnit) {
    for (const stage of ['budget', 'final'] as const) {
      it(`synthetic ${stage} in ${unit}`, () => {
        // The generator names the final accounts' balance sections 年初结转和结余 / 年末结转和结余 but files them as
        // carryover / carry_forward; printed, they are what their names say (opening_balance / closing_balance).
        const text = read(join(yearDir, department, stage, 'tables.yaml'))
          .replace(/kind: carryover(\n\s+name: 年初结转和结余)/g, 'kind: opening_balance$1')
          .replace(/kind: carry_forward(\n\s+name: 年末结转和结余)/g, 'kind: closing_balance$1');
        const { result } = expectRoundTrip(text, stage, year);
        expect(result.tables.size).toBeGreaterThanOrEqual(9);
      });
    }
  }

  it('covers every kind a sheet can hold', () => {
    const covered = new Set<string>();
    for (const text of [read(join(BASE_CONTENT, 'disclosures/2024/demo-county-office/budget/tables.yaml')), FINAL_EXTRAS, ...[...byUnit.values()].map((d) => read(join(yearDir, d, 'final', 'tables.yaml')))]) {
      for (const key of Object.keys(sheetTables(rawTables(text)))) covered.add(key);
    }
    expect([...SHEET_KINDS].filter((key) => !covered.has(key))).toEqual([]);
  });
});

describe('odd layouts', () => {
  const base = read(join(BASE_CONTENT, 'disclosures/2024/demo-county-office/budget/tables.yaml'));
  const final = read(join(yearDir, byUnit.get('元')!, 'final', 'tables.yaml'))
    .replace(/kind: carryover(\n\s+name: 年初结转和结余)/g, 'kind: opening_balance$1')
    .replace(/kind: carry_forward(\n\s+name: 年末结转和结余)/g, 'kind: closing_balance$1');
  const layouts: Array<[string, Layout]> = [
    ['codes stored as numbers', { codes: 'number' }],
    ['codes split over 类/款/项 columns under a merged 科目编码', { codes: 'split' }],
    ['numbers stored as text, with thousands separators', { numbersAsText: true }],
    ['a 栏次 row of column numbers under the header', { columnNumbers: true }],
    ['a two-line header (项目 and 本年预算 merged over their columns)', { groupHeader: true }],
    ['three header lines: group, 科目编码 over 类/款/项, and a 栏次 row', { groupHeader: true, codes: 'split', columnNumbers: true }],
    ['the “三公” table with items as rows and periods as columns', { threePublicTransposed: true }],
    ['sheets named 表1, 表2 …: tables recognised by their titles', { sheetNames: 'numbered' }],
  ];
  for (const [name, layout] of layouts) {
    it(name, () => {
      expectRoundTrip(base, 'budget', 2024, layout);
      expectRoundTrip(final, 'final', year, layout);
    });
  }

  it('a hidden column is left out (the published table does not show it) and noted with its cell', () => {
    const { result } = expectRoundTrip(base, 'budget', 2024, { hiddenColumn: true });
    expect(result.notes.map((note) => note.at)).toContain('支出总表!C3');
    expect(result.notes.find((note) => note.at === '支出总表!C3')?.message).toContain('隐藏列');
  });

  it('titles printed with the department and year are kept as printed', () => {
    const { result } = roundTrip(base, 'budget', 2024, { sheetNames: 'numbered', titlePrefix: '示例县人民政府办公室2024年' });
    expect(result.problems).toEqual([]);
    expect(result.tables.get('expenditure_summary')?.title).toBe('示例县人民政府办公室2024年支出总表');
    expect(result.sheets.get('expenditure_summary')).toBe('表3');
  });

  it('amounts in 元 with thousands separators stored as text keep every digit', () => {
    const { written } = expectRoundTrip(final, 'final', year, { numbersAsText: true });
    expect(written).not.toMatch(/\d,\d/);
    expect(written).toMatch(/: \d{7,}\.\d\d[,\s}]/);
  });
});
