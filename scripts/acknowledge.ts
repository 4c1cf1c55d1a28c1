/**
 * npm run acknowledge [-- --content DIR] [-- --check]: upgrades every acknowledgement of the old form (a path by
 * list position or body line, a difference or no figures at all) to the current form (rows, projects, indicators
 * and sentences named by what they are, and the figures the finding is about, so it covers exactly one finding and
 * lapses when a figure changes). Runs the check to find the one finding each acknowledgement covered. Rewrites only
 * the acknowledgements of index.md; prints what it changed. With --check, changes nothing and exits 1 when an
 * upgrade is due.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent } from '../src/validation/check-content.ts';
import { parseYamlSource } from '../src/validation/yaml-source.ts';
import { readText } from '../src/validation/load-content.ts';
import { planUpgrades, rewriteAcknowledgements } from './acknowledge/upgrade.ts';

const FRONT_MATTER = /^(---\r?\n)([\s\S]*?)(\r?\n---[ \t]*(?:\r?\n|$))/;

export function upgradeAcknowledgements(root: string, write: boolean): { changed: number; problems: string[]; log: string[] } {
  const { content, findings } = checkContent(root);
  const log: string[] = [];
  const problems: string[] = [];
  let changed = 0;
  for (const disclosure of content.disclosures) {
    const acks = disclosure.index?.data?.acknowledgements ?? [];
    if (!disclosure.index || acks.length === 0) continue;
    const own = findings.filter((finding) => resolve(finding.file).startsWith(resolve(disclosure.dir) + '/'));
    const roots = new Map<string, unknown>();
    const rootOf = (file: string) => {
      if (!roots.has(file)) {
        const absolute = join(resolve(disclosure.dir), file);
        let value: unknown;
        try { value = file.endsWith('.yaml') ? parseYamlSource(file, readText(absolute)).value : undefined; } catch { value = undefined; }
        roots.set(file, value);
      }
      return roots.get(file);
    };
    const upgrades = planUpgrades(acks, own, rootOf, disclosure.index.bodyLine);
    const updated = upgrades.filter((upgrade) => upgrade.after);
    for (const upgrade of upgrades) {
      if (upgrade.problem) problems.push(`${disclosure.dir}/index.md 第${upgrade.index + 1}条确认：${upgrade.problem}`);
      if (upgrade.after) log.push(`${disclosure.dir}/index.md 第${upgrade.index + 1}条确认（${upgrade.after.rule}）：路径 ${upgrade.before.path} → ${upgrade.after.path}；figures: ${upgrade.after.figures}`);
    }
    if (updated.length === 0) continue;
    changed += updated.length;
    if (!write) continue;
    const file = join(resolve(disclosure.dir), 'index.md');
    const text = readFileSync(file, 'utf8');
    const match = FRONT_MATTER.exec(text);
    if (!match) continue;
    const next = upgrades.map((upgrade) => upgrade.after ?? upgrade.before);
    writeFileSync(file, match[1] + rewriteAcknowledgements(match[2]!, next) + match[3] + text.slice(match[0].length));
  }
  return { changed, problems, log };
}

if (import.meta.main) {
  const argv = process.argv.slice(2);
  const contentIndex = argv.indexOf('--content');
  const root = resolve(contentIndex >= 0 && argv[contentIndex + 1] ? argv[contentIndex + 1]! : 'content');
  const check = argv.includes('--check');
  const { changed, problems, log } = upgradeAcknowledgements(root, !check);
  for (const line of log) process.stdout.write(`${line}\n`);
  for (const line of problems) process.stdout.write(`无法升级：${line}\n`);
  process.stdout.write(check
    ? `${changed} 条确认需要升级${changed ? '：请运行 npm run acknowledge' : ''}。\n(${changed} acknowledgements to upgrade)\n`
    : `已升级 ${changed} 条确认。请运行 npm run check 核对。\n(${changed} acknowledgements upgraded)\n`);
  process.exitCode = check && changed > 0 ? 1 : problems.length > 0 ? 1 : 0;
}
