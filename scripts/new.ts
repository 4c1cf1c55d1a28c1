/**
 * npm run new -- YEAR DEPARTMENT STAGE [--blank] [--content DIR]
 *   A new disclosure folder: from the same stage of last year (figures cleared, names kept, last year's figures in the
 *   上年 fields), or a blank template when there is none (or with --blank). Then prints what to do next.
 * npm run new -- department ID --name 全称 --region 地区 --kind department|unit [--short-name …] [--code …]
 *                 [--category …] [--parent …] [--description …] [--content DIR]
 *   A new department's file, checked with the registry's schema before it is written; asks for missing required
 *   fields when run in a terminal.
 * Never overwrites a file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parse } from 'yaml';
import { department as departmentSchema, type Department } from '../src/schemas/site.ts';
import type { Stage } from '../src/schemas/primitives.ts';
import { loadDisclosure } from '../src/validation/load-content.ts';
import { realRoot } from '../src/validation/content-file.ts';
import { disclosureFactSheet } from '../src/table-kinds/tables.ts';
import { scaffoldDisclosure, type PreviousDisclosure } from '../src/scaffold/new-disclosure.ts';
import { DEPARTMENT_FLAGS, newDepartmentFile } from '../src/scaffold/new-department.ts';

const USAGE = `用法：
  npm run new -- 2025 部门标识 budget        新建一份公开文件（从上年同类文件复制，数字清空）；决算写 final
  npm run new -- 2025 部门标识 budget --blank   不复制上年的，用空白模板
  npm run new -- department 部门标识 --name 部门全称 --region 所属地区 --kind department
                                          登记新部门（部门标识用小写拼音和连字符，如 shizhu-organization）
(Usage: npm run new -- YEAR DEPARTMENT budget|final [--blank] | npm run new -- department ID --name … --region … --kind department|unit)`;

function option(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index >= 0 ? argv[index + 1] : undefined;
}

function fail(zh: string, en: string): number {
  process.stderr.write(`错误：${zh}\n(${en})\n`);
  return 1;
}

function writeNew(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text, { flag: 'wx' });
}

async function newDepartment(root: string, id: string | undefined, argv: readonly string[]): Promise<number> {
  if (!id) return fail('缺少部门标识：npm run new -- department 部门标识 --name …', 'Missing department id');
  const path = join(root, 'departments', `${id}.yaml`);
  if (existsSync(path)) return fail(`${relative(process.cwd(), path)} 已存在，不会覆盖`, 'The department file exists already');
  const fields: Record<string, string | undefined> = {};
  for (const { flag, field } of DEPARTMENT_FLAGS) fields[field] = option(argv, flag);
  const missing = DEPARTMENT_FLAGS.filter((entry) => entry.required && !fields[entry.field]);
  if (missing.length && process.stdin.isTTY) {
    const ask = createInterface({ input: process.stdin, output: process.stdout });
    for (const entry of missing) fields[entry.field] = (await ask.question(`${entry.zh}：`)).trim();
    ask.close();
  }
  const result = newDepartmentFile(id, fields);
  if (!result.ok) {
    process.stderr.write(`部门文件未写入，请改正：\n${result.problems.map((problem) => `  ${problem}`).join('\n')}\n(Nothing written: fix the fields above.)\n`);
    return 1;
  }
  writeNew(path, result.text);
  process.stdout.write(`已写入 ${relative(process.cwd(), path)}\n接下来：\n  1. 新建这个部门的公开文件：npm run new -- ${new Date().getFullYear()} ${id} budget\n  2. 运行 npm run check\n`);
  return 0;
}

function readDepartment(root: string, id: string): Department | undefined {
  const path = join(root, 'departments', `${id}.yaml`);
  if (!existsSync(path)) return undefined;
  const parsed = departmentSchema.safeParse(parse(readFileSync(path, 'utf8')));
  return parsed.success ? parsed.data : undefined;
}

function previousDisclosure(root: string, year: number, department: string, stage: Stage): PreviousDisclosure | undefined {
  const absolute = join(root, 'disclosures', String(year - 1), department, stage);
  if (!existsSync(join(absolute, 'index.md'))) return undefined;
  const loaded = loadDisclosure({ absolute, year: year - 1, department, stage, rootReal: realRoot(root) }, []);
  const facts = disclosureFactSheet(loaded.tables?.data, loaded.index?.body ?? '', { stage, year: year - 1, unit: loaded.index?.data?.unit ?? '万元' }).values('current');
  const tablesPath = join(absolute, 'tables.yaml');
  return { year: year - 1, index: readFileSync(join(absolute, 'index.md'), 'utf8'), ...(existsSync(tablesPath) ? { tables: readFileSync(tablesPath, 'utf8') } : {}), performance: existsSync(join(absolute, 'performance.yaml')), facts };
}

async function main(argv: string[]): Promise<number> {
  const root = resolve(option(argv, '--content') ?? 'content');
  const words = argv.filter((arg, index) => !arg.startsWith('--') && !(argv[index - 1] ?? '').startsWith('--'));
  if (argv.includes('--help') || words.length === 0) { process.stdout.write(`${USAGE}\n`); return words.length === 0 ? 2 : 0; }
  if (words[0] === 'department') return newDepartment(root, words[1], argv);
  const [yearText, id, stage] = words;
  if (!/^\d{4}$/.test(yearText ?? '') || !id || (stage !== 'budget' && stage !== 'final')) {
    process.stdout.write(`${USAGE}\n`);
    return 2;
  }
  const year = Number(yearText);
  const department = readDepartment(root, id);
  if (!department) return fail(`部门“${id}”未登记（或其文件有误）：先运行 npm run new -- department ${id} --name 部门全称 --region 所属地区 --kind department`, `Department ${id} is not registered`);
  const dir = join(root, 'disclosures', String(year), id, stage);
  if (existsSync(join(dir, 'index.md'))) return fail(`${relative(process.cwd(), dir)} 已有 index.md，不会覆盖`, 'The disclosure exists already');
  const previous = argv.includes('--blank') ? undefined : previousDisclosure(root, year, id, stage);
  const folder = relative(process.cwd(), dir) || '.';
  const { files, todo } = scaffoldDisclosure({ year, stage, department }, previous, folder);
  for (const [name, text] of files) writeNew(join(dir, name), text);
  process.stdout.write(`${previous ? `已从 ${previous.year} 年的公开文件复制` : '已用空白模板新建'}：${[...files.keys()].map((name) => `${folder}/${name}`).join('、')}\n接下来：\n${todo.map((step, index) => `  ${index + 1}. ${step}`).join('\n')}\n`);
  return 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error: unknown) => {
  process.stderr.write(`错误：${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
