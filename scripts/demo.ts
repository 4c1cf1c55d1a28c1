/**
 * The demonstration site: several years of a few fictitious departments, so that what only shows across years
 * (comparisons, a project followed from year to year, budget beside final accounts, a renamed department keeping
 * one history) can be seen and tested. The content comes from the benchmark's generator (scripts/bench/generate.ts,
 * every figure consistent), moved to a made-up county (示例县, ids shili-*), with one department renamed; site.yaml
 * says `fictitious: true`, so every page carries the 虚构示例数据 banner. The default site (content/) is untouched.
 *
 * Usage: npm run demo [-- --out DIR] [-- --content-only]   (default DIR: demo; content in DIR/content, site in DIR/dist)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { generateContent } from './bench/generate.ts';

/** Three departments × three years × both stages: small enough to build in seconds. */
export const DEMO_YEARS = [2022, 2023, 2024] as const;
const DEMO_DEPARTMENTS = 3;
const DEMO_SEED = 'demo';

/** The department renamed in the demo, its name before, and the last year it was used. */
export const DEMO_RENAMED = { id: 'shili-publicity', formerName: '中共示例县委宣传文化部', until: 2022 } as const;

/** The generator's county (the first of its catalogue) becomes a made-up one, in texts and in ids. */
const FICTITIOUS: ReadonlyArray<readonly [string, string]> = [
  ['四川省乐山市井研县', '示例省示例市示例县'],
  ['井研县', '示例县'],
  ['井研', '示例'],
  ['jingyan', 'shili'],
  ['（基准测试生成）', '（虚构示例数据）'],
  ['基准测试生成的合成数据', '虚构示例数据'],
  ['基准测试生成', '演示用，程序生成'],
];
const fictitious = (text: string): string => FICTITIOUS.reduce((out, [from, to]) => out.replaceAll(from, to), text);

const SITE_YAML = [
  '# 演示站点：虚构示例数据（npm run demo 生成，勿作真实数据使用）。',
  'name: 部门预算决算公开平台（虚构示例数据）',
  'publisher: 预算公开演示编辑部',
  'region: 示例省示例市示例县（虚构）',
  'base_url: https://demo.budget.example.gov.cn/',
  'description: 演示用的虚构数据：几个虚构部门连续几年的预算、决算和绩效信息，用于展示跨年度比较和项目追踪。',
  'contact:',
  '  phone: "010-00000000"',
  '  email: demo@example.gov.cn',
  'licence: 虚构示例数据，由程序生成，仅供演示，不代表任何真实部门。',
  'fictitious: true',
  '',
].join('\n');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Writes the demo content tree into `root` (emptied first); returns the number of disclosures. */
export function generateDemoContent(root: string): number {
  const target = resolve(root);
  const scratch = mkdtempSync(join(tmpdir(), 'budget-demo-'));
  try {
    const result = generateContent({
      root: scratch, seed: DEMO_SEED, disclosures: DEMO_DEPARTMENTS * DEMO_YEARS.length * 2,
      years: DEMO_YEARS.length, lastYear: DEMO_YEARS[DEMO_YEARS.length - 1]!,
    });
    rmSync(target, { recursive: true, force: true });
    let currentName: string | undefined;
    const renamedFile = join('departments', `${DEMO_RENAMED.id}.yaml`);
    for (const file of files(scratch)) {
      const path = fictitious(relative(scratch, file));
      let text = fictitious(readFileSync(file, 'utf8'));
      if (path === 'site.yaml') text = SITE_YAML;
      if (path === renamedFile) {
        currentName = /^name: (.+)$/m.exec(text)?.[1];
        text = text.replace(/^kind: /m, `former_names:\n  - { name: ${DEMO_RENAMED.formerName}, until: ${DEMO_RENAMED.until} }\nkind: `);
      }
      mkdirSync(join(target, path, '..'), { recursive: true });
      writeFileSync(join(target, path), text);
    }
    if (!currentName) throw new Error(`demo: no department ${DEMO_RENAMED.id} generated`);
    // The renamed department published under its former name up to the year of the renaming.
    for (const year of DEMO_YEARS.filter((y) => y <= DEMO_RENAMED.until)) {
      for (const file of files(join(target, 'disclosures', String(year), DEMO_RENAMED.id))) {
        writeFileSync(file, readFileSync(file, 'utf8').replaceAll(currentName, DEMO_RENAMED.formerName));
      }
    }
    return result.disclosures;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  const index = argv.indexOf('--out');
  const out = resolve(index >= 0 && argv[index + 1] ? argv[index + 1]! : 'demo');
  const content = join(out, 'content');
  const disclosures = generateDemoContent(content);
  process.stdout.write(`演示内容（虚构示例数据）：${disclosures} 份公开文件 → ${content}\n`);
  if (!argv.includes('--content-only')) {
    const build = spawnSync(process.execPath, ['--max-old-space-size=4096', 'scripts/build.ts', '--content', content, '--out', join(out, 'dist')], { stdio: 'inherit' });
    process.exitCode = build.status ?? 1;
  }
}
