/**
 * npm run import -- FILE.xlsx [MORE.csv …] [--disclosure YEAR/DEPARTMENT/STAGE] [--partial] [--unit 万元|元]
 *                   [--out FILE] [--content DIR]
 * Reads the standard tables from a workbook as budget and final-accounts systems export them (or one CSV per table)
 * and writes them into the disclosure's tables.yaml (tables entered by hand stay), then runs the check on it.
 * Anything it cannot place is reported with its sheet and cell, and then nothing is written unless --partial.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { readCsv, readWorkbook } from '../src/import/read-workbook.ts';
import { importSheets, type AmountUnit } from '../src/import/import-sheets.ts';
import { tableBlock } from '../src/import/write-tables.ts';
import { mergeTables } from '../src/import/merge-tables.ts';
import { formatNote, formatProblem, type ImportProblem } from '../src/import/problems.ts';
import type { Sheet } from '../src/import/sheet.ts';
import { tableLabel } from '../src/table-kinds/registry.ts';
import { checkContent } from '../src/validation/check-content.ts';
import { countFindings, formatFinding } from '../src/validation/format-findings.ts';

const USAGE = `用法：npm run import -- 表格.xlsx --disclosure 2024/部门标识/budget [--partial] [--unit 万元]
  也可以是每张表一个 CSV 文件：npm run import -- 表1.csv 表2.csv --disclosure 2024/部门标识/final
(Usage: npm run import -- FILE.xlsx [MORE.csv …] --disclosure YEAR/DEPARTMENT/STAGE [--partial] [--unit 万元|元] [--out FILE])`;

function option(argv: string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index >= 0 ? argv[index + 1] : undefined;
}

function main(argv: string[]): number {
  const valued = new Set(['--disclosure', '--unit', '--out', '--content']);
  const files = argv.filter((arg, index) => !arg.startsWith('--') && !valued.has(argv[index - 1] ?? ''));
  if (files.length === 0 || argv.includes('--help')) { process.stdout.write(`${USAGE}\n`); return files.length === 0 ? 2 : 0; }
  const root = resolve(option(argv, '--content') ?? 'content');
  const disclosure = option(argv, '--disclosure');
  const unit = option(argv, '--unit');
  if (unit !== undefined && unit !== '万元' && unit !== '元') return fail(`--unit 只能是 万元 或 元，不是“${unit}”`, `--unit must be 万元 or 元`);
  let target: { dir: string; year: number; stage: 'budget' | 'final' } | undefined;
  if (disclosure) {
    const match = /^(\d{4})\/([a-z0-9-]+)\/(budget|final)\/?$/.exec(disclosure);
    if (!match) return fail(`--disclosure 应写成 年份/部门标识/阶段，如 2024/shizhu-organization/budget，不是“${disclosure}”`, 'Expected --disclosure YEAR/DEPARTMENT/STAGE');
    const dir = join(root, 'disclosures', match[1]!, match[2]!, match[3]!);
    if (!existsSync(join(dir, 'index.md'))) return fail(`${relative(process.cwd(), dir)} 还没有 index.md：先运行 npm run new -- ${match[1]} ${match[2]} ${match[3]} 建立这份公开文件`, 'The disclosure does not exist yet: run npm run new first');
    target = { dir, year: Number(match[1]), stage: match[3] as 'budget' | 'final' };
  }
  const sheets: Sheet[] = [];
  for (const file of files) {
    if (!existsSync(file)) return fail(`找不到文件 ${file}`, `No such file: ${file}`);
    const data = readFileSync(file);
    const extension = extname(file).toLowerCase();
    if (extension === '.csv') sheets.push(readCsv(basename(file, extname(file)), data));
    else if (extension === '.xlsx' || extension === '.xls' || extension === '.xlsm') sheets.push(...readWorkbook(data));
    else return fail(`${file}：只能导入 .xlsx、.xls 或 .csv 文件`, 'Only .xlsx, .xls and .csv files can be imported');
  }
  const result = importSheets(sheets, { ...(target ? { stage: target.stage, year: target.year } : {}), ...(unit ? { unit: unit as AmountUnit } : {}) });
  const source = files.map((file) => basename(file)).join('、');
  const outFile = target ? join(target.dir, 'tables.yaml') : resolve(option(argv, '--out') ?? 'tables.yaml');
  const existing = existsSync(outFile) ? readFileSync(outFile, 'utf8') : undefined;
  const blocks = new Map([...result.tables].map(([key, table]) => [key, tableBlock(key, table, result.stage)]));
  const merged = mergeTables(existing, result.unit ?? '万元', blocks, [`# 由 npm run import 从 ${source} 导入；金额与表格单元格显示的一致。字段说明见 content/README.md。`]);
  const problems: ImportProblem[] = [...result.problems];
  if (merged.existingUnit && result.unit && merged.existingUnit !== result.unit) {
    problems.push({ rule: 'import/unit', at: relative(process.cwd(), outFile), message: `现有 tables.yaml 的单位是${merged.existingUnit}，表格的单位是${result.unit}`, messageEn: 'The workbook unit differs from tables.yaml', fix: '核对公开文件的金额单位；以公开文件为准，改正表格或 tables.yaml 的 unit' });
  }
  for (const note of result.notes) process.stdout.write(`${formatNote(note, source)}\n`);
  for (const problem of problems) process.stdout.write(`${formatProblem(problem, source)}\n`);
  const found = [...result.tables.keys()].map((key) => `${tableLabel(key, result.stage)}（${result.sheets.get(key)}）`);
  process.stdout.write(`\n读到 ${result.tables.size} 张表：${found.join('、') || '无'}\n`);
  if (problems.length > 0 && !argv.includes('--partial')) {
    process.stdout.write(`有 ${problems.length} 处无法导入，未写入任何文件。改正后重新导入，或加 --partial 只写入能读的部分。\n(${problems.length} problems; nothing written. Fix them, or pass --partial.)\n`);
    return 1;
  }
  if (result.tables.size === 0) return fail('没有可导入的表，未写入任何文件', 'No table to import; nothing written');
  writeFileSync(outFile, merged.text);
  process.stdout.write(`已写入 ${relative(process.cwd(), outFile)}${merged.replaced.length ? `（替换了原有的 ${merged.replaced.join('、')}）` : ''}${problems.length ? `；另有 ${problems.length} 处未导入（--partial），请手工补上` : ''}\n`);
  if (!target) {
    process.stdout.write('下一步：把它放进公开文件的文件夹（content/disclosures/年份/部门/阶段/tables.yaml），再运行 npm run check。\n');
    return problems.length ? 1 : 0;
  }
  return checkDisclosure(root, target.dir, problems.length > 0);
}

/** The check of the whole content, printing this disclosure's findings. */
function checkDisclosure(root: string, dir: string, partial: boolean): number {
  const { findings } = checkContent(root);
  const prefix = relative(process.cwd(), dir);
  const own = findings.filter((finding) => finding.file.startsWith(prefix));
  for (const finding of own) process.stdout.write(`${formatFinding(finding)}\n`);
  const counts = countFindings(own);
  process.stdout.write(`\n检查 ${prefix}：错误 ${counts.errors} 项，已确认 ${counts.acknowledged} 项，提示 ${counts.warnings} 项。\n`);
  process.stdout.write(counts.errors > 0
    ? '请对照公开文件核对上面的错误：是录入或导出的问题就改正表格后重新导入；公开文件本身如此，就在 index.md 的 acknowledgements 中确认（npm run acknowledge）。\n'
    : `下一步：npm run preview 预览这份公开文件${partial ? '（先手工补上未导入的部分）' : ''}。\n`);
  return counts.errors > 0 || partial ? 1 : 0;
}

function fail(zh: string, en: string): number {
  process.stdout.write(`${zh}\n(${en})\n`);
  return 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stdout.write(`import/unexpected  导入程序意外失败，请联系技术人员：${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
