/**
 * npm run new: a new year's disclosure from last year's (figures cleared, names kept, last year's figures in the 上年
 * fields) that checks clean once an editor enters this year's figures; and a first-ever department, from nothing.
 * The figures entered here are this year's as an editor would type them: last year's doubled (every sum and share
 * still holds), and 上年 figures are the fixture's 2024 figures written out below.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { BASE_BUDGET, BASE_CONTENT, REPO_ROOT, copyToTemp, makeTempDir, runCheck, type TempTree } from '../../helpers/content.ts';

const trees: TempTree[] = [];
afterAll(() => trees.forEach((tree) => tree.cleanup()));

function run(root: string, args: string[]) {
  const child = spawnSync(process.execPath, ['scripts/new.ts', ...args, '--content', root], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: child.status, stdout: child.stdout ?? '', stderr: child.stderr ?? '' };
}

/** Twice an exact decimal ("300.75" → "601.50"), in integers. */
function double(value: unknown): string {
  const text = String(value);
  const [whole, fraction = ''] = text.split('.');
  const doubled = (BigInt(`${whole}${fraction}`) * 2n).toString().padStart(fraction.length + 1, '0');
  return fraction ? `${doubled.slice(0, -fraction.length)}.${doubled.slice(-fraction.length)}` : doubled;
}

// Numbers that are not figures: codes and dates stay as the scaffold wrote them.
const NOT_FIGURES = new Set(['code', 'as_of']);
// Figures this year that are last year's again: the same things bought (amount = quantity × unit price, both doubled
// would make it four times).
const SAME_AS_LAST = new Set(['quantity']);
/** Where the scaffold writes last year's figures: the editor leaves those. */
const LAST_YEAR = (path: readonly (string | number)[]) => path.includes('last_year') || path[0] === 'previous_year';

/** Enters this year's figures (last year's doubled) into the scaffold, at every place last year's had a figure. */
function enterFigures(last: unknown, scaffold: Record<string, unknown>, path: (string | number)[] = []): void {
  if (Array.isArray(last)) last.forEach((item, index) => enterFigures(item, scaffold, [...path, index]));
  else if (last && typeof last === 'object') for (const [key, value] of Object.entries(last)) enterFigures(value, scaffold, [...path, key]);
  else if (typeof last === 'number' && !NOT_FIGURES.has(String(path.at(-1))) && !LAST_YEAR(path)) {
    let node: Record<string | number, unknown> = scaffold;
    for (const segment of path.slice(0, -1)) node = (node[segment] ??= {}) as Record<string | number, unknown>;
    node[path.at(-1)!] = SAME_AS_LAST.has(String(path.at(-1))) ? last : double(last);
  }
}

describe('a new year from last year', () => {
  const tree = copyToTemp(BASE_CONTENT, 'budget-new-');
  trees.push(tree);
  const lastIndexPath = join(tree.root, BASE_BUDGET, 'index.md');
  // Last year's acknowledgement must not be carried into the new year.
  writeFileSync(lastIndexPath, readFileSync(lastIndexPath, 'utf8').replace('source:\n', 'acknowledgements:\n  - { rule: sum/tree, path: x, explanation: 原文如此 }\nsource:\n'));
  const dir = join(tree.root, 'disclosures/2025/demo-county-office/budget');
  const result = run(tree.root, ['2025', 'demo-county-office', 'budget']);
  const index = readFileSync(join(dir, 'index.md'), 'utf8');
  const tables = parse(readFileSync(join(dir, 'tables.yaml'), 'utf8'));
  const last = parse(readFileSync(join(tree.root, BASE_BUDGET, 'tables.yaml'), 'utf8'));

  it('writes index.md and tables.yaml and prints the next steps', () => {
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('已从 2024 年的公开文件复制');
    expect(result.stdout).toContain('npm run import -- 表格.xlsx --disclosure 2025/demo-county-office/budget');
    expect(result.stdout).toContain('PDF');
  });

  it('moves the years on and clears dates, sign-offs, the hash and acknowledgements', () => {
    expect(index).toContain('year: 2025');
    expect(index).toContain('title: 示例县人民政府办公室2025年部门预算公开说明');
    expect(index).toContain('document: 示例县人民政府办公室2025年部门预算');
    for (const gone of ['approved_on', 'published_on', 'sha256', 'acknowledgements', 'head_signoff', '原文如此']) expect(index).not.toContain(gone);
    expect(index).toContain('2025年收入预算{{待填|收入合计}}万元');
    expect(index).not.toMatch(/\{\{\d/);
  });

  it('keeps every name and code, clears every figure, and puts last year\'s figures into the 上年 fields', () => {
    expect(tables.expenditure_summary.rows.map((row: { code: string; name: string }) => [row.code, row.name]))
      .toEqual(last.expenditure_summary.rows.map((row: { code: string; name: string }) => [row.code, row.name]));
    expect(tables.expenditure_summary.rows[0]).toEqual({ code: '201', name: '一般公共服务支出' });
    expect(tables.procurement.items.map((item: { name: string }) => item.name)).toEqual(['台式计算机', '打印机', '物业管理服务']);
    expect(tables.three_public_expenses.this_year).toEqual({});
    expect(tables.three_public_expenses.last_year).toEqual({ total: 13.0, overseas: 0, vehicle_subtotal: 8.0, vehicle_purchase: 0, vehicle_operation: 8.0, reception: 5.0 });
    expect(tables.operating_costs).toMatchObject({ last_year: 40.4 });
    expect(tables.operating_costs.this_year).toBeUndefined();
    expect(tables.previous_year).toEqual({ income_total: 400.9, expenditure_total: 400.9, general_budget_expenditure: 370.9, basic: 270.4, project: 100.5, three_public_total: 13 });
    expect(tables.state_assets.as_of).toBe('2024-12');
    expect(tables.organisation).toEqual({});
  });

  it('checks with an error at every narrative figure still to enter, and clean once the figures are entered', () => {
    const before = runCheck(tree.root).findings.filter((finding) => finding.contentFile.startsWith('disclosures/2025/'));
    expect(before.filter((finding) => finding.rule === 'narrative/bad-figure').length).toBe((index.match(/\{\{待填\|/g) ?? []).length);

    enterFigures(last, tables);
    writeFileSync(join(dir, 'tables.yaml'), stringify(tables));
    // Last year's figures (2024, from the fixture) and the changes on them: this year is twice last year.
    const lastYear: Record<string, string> = { 本年支出合计: '400.90', 三公经费: '13.00', 机关运行经费: '40.40' };
    const lastTags = [...readFileSync(join(tree.root, BASE_BUDGET, 'index.md'), 'utf8').matchAll(/\{\{([^|]+)\|([^}]+)\}\}/g)];
    let tag = 0;
    const entered = index
      .replace(/减少\{\{待填\|([^.}]+)\.比上年减少\}\}/g, '增加{{待填|$1.比上年增加}}')
      .replace(/\{\{待填\|([^}]+)\}\}/g, (_whole, fact: string) => {
        const figure = lastTags[tag++]![1]!;
        const [base, suffix] = fact.split('.');
        return `{{${suffix ? lastYear[base!] : double(figure)}|${fact}}}`;
      })
      .replace('source:\n', 'approved_on: 2025-01-20\npublished_on: 2025-02-05\nsource:\n');
    writeFileSync(join(dir, 'index.md'), entered);
    writeFileSync(join(dir, '示例县人民政府办公室2025年部门预算.pdf'), '%PDF-1.4\n');
    const after = runCheck(tree.root).findings.filter((finding) => finding.contentFile.startsWith('disclosures/2025/'));
    expect(after.map((finding) => `${finding.rule} ${finding.path} ${finding.message}`)).toEqual([]);
  });

  it('never overwrites: a second run fails and leaves the files as they are', () => {
    const again = run(tree.root, ['2025', 'demo-county-office', 'budget']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('不会覆盖');
  });
});

describe('a first-ever department', () => {
  const tree = makeTempDir('budget-first-');
  trees.push(tree);
  for (const file of ['site.yaml', 'glossary.yaml']) cpSync(join(BASE_CONTENT, file), join(tree.root, file));
  mkdirSync(join(tree.root, 'disclosures'));

  it('refuses fields the registry would reject, naming the flag, and writes nothing', () => {
    const result = run(tree.root, ['department', 'new-office', '--name', '示例县新设局', '--kind', 'bureau']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--region');
    expect(result.stderr).toContain('--kind');
    expect(existsSync(join(tree.root, 'departments/new-office.yaml'))).toBe(false);
  });

  it('writes the department, then a blank first disclosure that checks without errors', () => {
    const made = run(tree.root, ['department', 'new-office', '--name', '示例县新设局', '--region', '示例省示例市示例县', '--kind', 'department', '--category', '政府部门']);
    expect(made.status, made.stderr).toBe(0);
    expect(parse(readFileSync(join(tree.root, 'departments/new-office.yaml'), 'utf8')))
      .toEqual({ id: 'new-office', name: '示例县新设局', region: '示例省示例市示例县', kind: 'department', category: '政府部门' });
    expect(made.stdout).toContain('npm run new -- ');

    const first = run(tree.root, ['2025', 'new-office', 'budget']);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('空白模板');
    const index = readFileSync(join(tree.root, 'disclosures/2025/new-office/budget/index.md'), 'utf8');
    expect(index).toContain('title: 示例县新设局2025年部门预算公开说明');
    const { findings, blocking } = runCheck(tree.root);
    expect(blocking.map((finding) => finding.message)).toEqual([]);
    expect(findings.map((finding) => finding.rule).sort()).toEqual(['plausibility/missing-dates', 'source/no-file']);
  });

  it('a disclosure of a department not yet registered says how to register it', () => {
    const result = run(tree.root, ['2025', 'ghost-office', 'final']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm run new -- department ghost-office');
  });
});
