/**
 * npm run import: a workbook goes into a disclosure's tables.yaml and is checked; problems leave every file as it
 * was unless --partial; tables entered by hand stay.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_CONTENT, REPO_ROOT, copyToTemp } from '../../helpers/content.ts';
import { rawTables, parseTables, sheetTables } from '../../helpers/import-round-trip.ts';
import { XLSX, workbookBytes, workbookOf } from '../../helpers/workbooks.ts';

const tree = copyToTemp(BASE_CONTENT, 'budget-import-cli-');
afterAll(() => tree.cleanup());
const disclosure = join(tree.root, 'disclosures/2024/demo-county-office/budget');
const tablesPath = join(disclosure, 'tables.yaml');
const original = readFileSync(tablesPath, 'utf8');

function run(args: string[]) {
  const child = spawnSync(process.execPath, ['scripts/import.ts', ...args, '--content', tree.root], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: child.status, stdout: child.stdout ?? '', stderr: child.stderr ?? '' };
}

describe('npm run import', () => {
  const workbookPath = join(tree.root, '..', `${tree.root.split('/').pop()}-export.xlsx`);
  const workbook = workbookOf(rawTables(original), 'budget', 2024, { sheetNames: 'numbered', codes: 'split' });
  writeFileSync(workbookPath, workbookBytes(workbook));
  afterAll(() => spawnSync('rm', ['-f', workbookPath]));

  it('writes the tables into tables.yaml, keeps the tables entered by hand, and runs the check', () => {
    writeFileSync(tablesPath, original.replace(/^expenditure_summary:[\s\S]*?\n\n/m, ''));
    const result = run([workbookPath, '--disclosure', '2024/demo-county-office/budget']);
    expect(result.stdout).toContain('读到 9 张表');
    expect(result.stdout).toContain('已写入');
    expect(result.stdout).toMatch(/检查 .*错误 0 项/);
    expect(result.stdout).toContain('npm run preview');
    expect(result.status, result.stdout).toBe(0);
    const written = readFileSync(tablesPath, 'utf8');
    expect(sheetTables(parseTables(written).data!)).toEqual(sheetTables(parseTables(original).data!));
    // Hand-entered tables stay as written.
    for (const key of ['operating_costs:', 'procurement:', 'state_assets:', 'organisation:', 'previous_year:']) expect(written).toContain(key);
    expect(written.slice(written.indexOf('operating_costs:'))).toBe(original.slice(original.indexOf('operating_costs:')));
  });

  it('reports a cell it cannot read with its sheet and cell, and writes nothing', () => {
    writeFileSync(tablesPath, original);
    const broken = workbookOf(rawTables(original), 'budget', 2024, { sheetNames: 'numbered' });
    broken.Sheets['表3']!['C5'] = { t: 's', v: '约200' };
    XLSX.utils.book_append_sheet(broken, XLSX.utils.aoa_to_sheet([['人员情况统计表'], ['姓名', '职务']]), '附表');
    const path = `${workbookPath}.broken.xlsx`;
    writeFileSync(path, workbookBytes(broken));
    const result = run([path, '--disclosure', '2024/demo-county-office/budget']);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/ 表3!C5 {2}error {2}import\/not-an-amount {2}.*约200/);
    expect(result.stdout).toMatch(/ 附表 {2}error {2}import\/unknown-sheet/);
    expect(result.stdout).toContain('怎么改：');
    expect(result.stdout).toContain('未写入任何文件');
    expect(readFileSync(tablesPath, 'utf8')).toBe(original);
    expect(result.stdout + result.stderr).not.toMatch(/^\s{4}at /m);

    const partial = run([path, '--disclosure', '2024/demo-county-office/budget', '--partial']);
    expect(partial.stdout).toContain('--partial');
    const written = parseTables(readFileSync(tablesPath, 'utf8')).data!;
    // The unreadable cell is left blank (and reported), everything else imported.
    expect((written.expenditure_summary as { rows: Array<Record<string, unknown>> }).rows[1]!.total).toBeUndefined();
    expect(written.general_budget_expenditure).toEqual(parseTables(original).data!.general_budget_expenditure);
    spawnSync('rm', ['-f', path]);
  });

  it('asks for npm run new when the disclosure does not exist yet', () => {
    const result = run([workbookPath, '--disclosure', '2025/demo-county-office/budget']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('npm run new -- 2025 demo-county-office budget');
  });
});
