/**
 * Identities between facts stated only in the narrative, as properties: random consistent budgets (totals = parts,
 * changes, growth rates and shares at the printed precision) check clean, and changing any one figure gives an error
 * that names that figure (its sentence, or its value among the figures of the finding).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Random } from '../../../scripts/bench/random.ts';
import { checkContent } from '../../../src/validation/check-content.ts';
import { findingText, dump, makeTempDir } from '../../helpers/content.ts';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

/** Hundredths as text, "1234.50". */
const text = (cents: bigint) => `${cents / 100n}.${String((cents < 0n ? -cents : cents) % 100n).padStart(2, '0')}`;
/** part ÷ whole as a percentage with one decimal, rounded half up, as printed ("8.7%"). */
const rate = (part: bigint, whole: bigint) => {
  const tenths = (part * 2000n + whole) / (2n * whole);
  return `${tenths / 10n}.${tenths % 10n}%`;
};

interface Figure { readonly tag: string }

/** A consistent prose-only budget and its tagged figures, in order of appearance. */
function budget(seed: number): { body: string; figures: Figure[] } {
  const r = new Random('prose-properties', seed);
  const basic = r.cents(100, 900), project = r.cents(50, 900);
  const lastBasic = basic - r.cents(-50, 80), lastProject = project - r.cents(-80, 80);
  const total = basic + project, lastTotal = lastBasic + lastProject;
  const personnel = (basic * BigInt(r.int(70, 90))) / 100n, publicCost = basic - personnel;
  const general = total - r.cents(0, 40), fund = total - general;
  const figures: Figure[] = [];
  const tag = (value: string, fact: string) => { const t = `{{${value}|${fact}}}`; figures.push({ tag: t }); return t; };
  const change = (current: bigint, last: bigint, fact: string) => (current >= last
    ? `比上年增加${tag(text(current - last), `${fact}.比上年增加`)}万元`
    : `比上年减少${tag(text(last - current), `${fact}.比上年减少`)}万元`);
  const growth = (current: bigint, last: bigint, fact: string) => (current >= last
    ? `增长${tag(rate(current - last, last), `${fact}.增长率`)}` : `下降${tag(rate(last - current, last), `${fact}.下降率`)}`);
  const lines = [
    '---', 'year: 2024', 'department: demo-township-office', 'stage: budget', 'title: 示例镇2024年预算公开说明', 'unit: 万元',
    'approved_on: 2024-01-25', 'published_on: 2024-02-08', 'source:', '  document: 示例镇2024年预算', `  sha256: ${'a'.repeat(64)}`, '---', '',
    `本年收入${tag(text(total), '本年收入合计')}万元，其中一般公共预算拨款收入${tag(text(general), '一般公共预算拨款收入')}万元，政府性基金预算拨款收入${tag(text(fund), '政府性基金预算拨款收入')}万元。`,
    '',
    `本年支出${tag(text(total), '本年支出合计')}万元，${change(total, lastTotal, '本年支出合计')}，${growth(total, lastTotal, '本年支出合计')}，主要原因是工作任务变化。`
      + `其中基本支出${tag(text(basic), '基本支出')}万元，占${tag(rate(basic, total), '基本支出.占本年支出合计')}，${change(basic, lastBasic, '基本支出')}，主要原因是人员变化；`
      + `项目支出${tag(text(project), '项目支出')}万元，占${tag(rate(project, total), '项目支出.占本年支出合计')}，${change(project, lastProject, '项目支出')}，主要原因是项目变化。`,
    '',
    `基本支出中，人员经费${tag(text(personnel), '人员经费')}万元，公用经费${tag(text(publicCost), '公用经费')}万元。`,
    '',
  ];
  return { body: lines.join('\n'), figures };
}

/** The same figure made wrong: an amount one hundredth larger, a percentage one tenth larger. */
function perturbed(tag: string): string {
  return tag.replace(/\{\{([\d.]+)(%?)\|/, (_, value: string, percent: string) => {
    const [whole = '0', fraction = ''] = value.split('.');
    if (percent) return `{{${whole}.${Number(fraction) + 2}%|`;
    const cents = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0')) + 1n;
    return `{{${text(cents)}|`;
  });
}

function siteWith(body: string): string {
  const tree = makeTempDir('budget-prose-');
  cleanups.push(tree.cleanup);
  const dir = join(tree.root, 'disclosures/2024/demo-township-office/budget');
  mkdirSync(dir, { recursive: true });
  mkdirSync(join(tree.root, 'departments'));
  writeFileSync(join(tree.root, 'site.yaml'), 'name: 示例\npublisher: 示例\nregion: 示例县\nbase_url: https://example.gov.cn/\n');
  writeFileSync(join(tree.root, 'departments/demo-township-office.yaml'), 'id: demo-township-office\nname: 示例镇人民政府\nregion: 示例县\nkind: unit\n');
  writeFileSync(join(dir, 'index.md'), body);
  return tree.root;
}

describe('narrative-only budgets', () => {
  const seeds = Array.from({ length: 12 }, (_, i) => i + 1);

  it.each(seeds)('seed %i: a consistent budget checks clean', (seed) => {
    const { findings } = checkContent(siteWith(budget(seed).body));
    expect(findings, dump(findings)).toEqual([]);
  });

  it.each(seeds)('seed %i: one figure changed gives an error naming it', (seed) => {
    const { body, figures } = budget(seed);
    const r = new Random('perturb', seed);
    const target = r.pick(figures).tag;
    const wrong = perturbed(target);
    const { findings } = checkContent(siteWith(body.replace(target, wrong)));
    const errors = findings.filter((finding) => finding.severity === 'error');
    expect(errors.length, `${target} → ${wrong}\n${dump(findings)}`).toBeGreaterThan(0);
    const figure = /\{\{([\d.]+%?)\|/.exec(wrong)![1]!;
    for (const error of errors) {
      const named = error.path.includes(wrong) || findingText(error).includes(figure.replace(/0+%?$/, '').replace(/\.$/, '')) || findingText(error).includes(wrong);
      expect(named, `${target} → ${wrong}: ${dump([error])}`).toBe(true);
    }
  });
});
