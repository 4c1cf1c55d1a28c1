/**
 * Mutation test over the sample content: every amount of every tables.yaml and every amount under `funds` in every
 * performance.yaml is changed, one at a time, by one unit of the last cent (+0.01 in 万元 documents, +1 in 元
 * documents). The check must then block, naming the edited file and the edited line, either as the finding's line
 * or as the "（第N行）" marker of one of its values. An amount whose change passes unnoticed is a detection gap.
 *
 * A finding in another file of the disclosure counts when one of its values names the edited file and line
 * ("（tables.yaml 第170行）": a narrative figure checked against the table). The only other accepted outcome: the
 * edit repairs a slip the disclosure acknowledges, so the acknowledgement no longer matches (ack/unmatched).
 *
 * Not mutated: the budget of a first-level project that no second-level project is linked to. The published
 * document states it once and nothing else in it adds up to it, so no check can see it change (listed below).
 */
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CONTENT, dump, isDirectory, makeTempDir, runCheck, type LocatedFinding, type TempTree } from '../../helpers/content.ts';
import { bumpAmount, findAmounts, fundAmounts, replaceScalar, tableAmounts, type AmountScalar, type AmountSelector } from '../../helpers/amounts.ts';

interface Target {
  readonly disclosure: string; // disclosures/<year>/<dept>/<stage>
  readonly department: string;
  readonly file: string; // content-relative path of the edited file
  readonly step: string;
  readonly amounts: AmountScalar[];
}

const FILES: ReadonlyArray<[string, AmountSelector]> = [['tables.yaml', tableAmounts], ['performance.yaml', fundAmounts]];

function discover(): Target[] {
  const targets: Target[] = [];
  const root = join(SAMPLE_CONTENT, 'disclosures');
  if (!isDirectory(root)) return targets;
  for (const year of readdirSync(root).sort()) {
    if (!isDirectory(join(root, year))) continue;
    for (const department of readdirSync(join(root, year)).sort()) {
      if (!isDirectory(join(root, year, department))) continue;
      for (const stage of readdirSync(join(root, year, department)).sort()) {
        const disclosure = `disclosures/${year}/${department}/${stage}`;
        for (const [name, select] of FILES) {
          const path = join(SAMPLE_CONTENT, disclosure, name);
          if (!existsSync(path)) continue;
          const text = readFileSync(path, 'utf8');
          const unit = (parse(text) as { unit?: unknown } | null)?.unit;
          const amounts = findAmounts(text, select);
          if (amounts.length) targets.push({ disclosure, department, file: `${disclosure}/${name}`, step: unit === '元' ? '1' : '0.01', amounts });
        }
      }
    }
  }
  return targets;
}

const key = (finding: LocatedFinding) => [finding.rule, finding.contentFile, finding.line, finding.path, finding.message].join('|');
const names = (path: ReadonlyArray<string | number>) => path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`)).join('').replace(/^\./, '');

/** First-level projects with no linked second-level projects: their total is stated once, with no identity. */
function standaloneFirstLevelTotals(text: string): Set<string> {
  const projects = ((parse(text) as { projects?: Array<{ id: string; level?: string; parent?: string }> } | null)?.projects ?? []);
  const standalone = new Set<string>();
  projects.forEach((project, index) => {
    if (project.level === 'first' && !projects.some((child) => child.parent === project.id)) standalone.add(`projects[${index}].funds.total`);
  });
  return standalone;
}

const targets = discover().map((target) => {
  if (!target.file.endsWith('performance.yaml')) return target;
  const standalone = standaloneFirstLevelTotals(readFileSync(join(SAMPLE_CONTENT, target.file), 'utf8'));
  return { ...target, amounts: target.amounts.filter((amount) => !standalone.has(names(amount.path))) };
});

it('finds amounts to mutate in the sample content', () => {
  expect(targets.some((target) => target.file.endsWith('tables.yaml'))).toBe(true);
  expect(targets.some((target) => target.file.endsWith('performance.yaml'))).toBe(true);
});

describe.each(targets.map((target) => [target.file, target] as const))('%s', (_file, target) => {
  let tree: TempTree;
  let original: string;
  let baseline: Set<string>;

  beforeAll(() => {
    // A minimal tree: the site files, the departments and every disclosure of this department (for last year).
    tree = makeTempDir('budget-mutation-');
    for (const name of ['site.yaml', 'glossary.yaml', 'departments']) {
      if (existsSync(join(SAMPLE_CONTENT, name))) cpSync(join(SAMPLE_CONTENT, name), join(tree.root, name), { recursive: true });
    }
    const disclosures = join(SAMPLE_CONTENT, 'disclosures');
    for (const year of readdirSync(disclosures)) {
      const source = join(disclosures, year, target.department);
      if (isDirectory(source)) cpSync(source, join(tree.root, 'disclosures', year, target.department), { recursive: true });
    }
    original = readFileSync(join(tree.root, target.file), 'utf8');
    baseline = new Set(runCheck(tree.root).blocking.map(key));
  });
  afterAll(() => tree?.cleanup());

  it.each(target.amounts.map((amount) => [`line ${amount.line} ${names(amount.path)} = ${amount.text}`, amount] as const))('%s', (_label, amount) => {
    const bumped = bumpAmount(amount.text, target.step);
    const path = join(tree.root, target.file);
    writeFileSync(path, replaceScalar(original, amount, bumped));
    let fresh: LocatedFinding[];
    try {
      fresh = runCheck(tree.root).blocking.filter((finding) => !baseline.has(key(finding)));
    } finally {
      writeFileSync(path, original);
    }
    const marker = `（第${amount.line}行）`;
    const otherFileMarker = `（${target.file.split('/').pop()} 第${amount.line}行）`;
    const pointsAtEdit = fresh.filter((finding) => (finding.contentFile === target.file
      && (finding.line === amount.line || (finding.values ?? []).some((value) => value.value.includes(marker))))
      || (finding.contentFile.startsWith(`${target.disclosure}/`) && (finding.values ?? []).some((value) => value.value.includes(otherFileMarker))));
    const repairedAcknowledged = fresh.filter((finding) => finding.rule === 'ack/unmatched' && finding.contentFile === `${target.disclosure}/index.md`);
    expect(
      pointsAtEdit.length + repairedAcknowledged.length,
      `${target.file}:${amount.line} ${names(amount.path)} ${amount.text} → ${bumped} went undetected at that line. New blocking findings:\n${dump(fresh)}`,
    ).toBeGreaterThan(0);
  });
});
