/**
 * An acknowledgement covers exactly one finding: its rule, the thing it is about (named by what it is, not by a
 * position or a line number) and its figures. Each case here is one way the earlier form covered too much.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_BUDGET, baseWith, replaceOnce, runCheck, dump, type TempTree } from '../../helpers/content.ts';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));
const tree = (edits: Record<string, (text: string) => string>): TempTree => {
  const made = baseWith(edits);
  cleanups.push(made.cleanup);
  return made;
};

const TABLES = `${BASE_BUDGET}/tables.yaml`;
const INDEX = `${BASE_BUDGET}/index.md`;
/** Adds acknowledgements to the budget's front matter. */
const acknowledge = (yaml: string) => replaceOnce('source:\n', `acknowledgements:\n${yaml}source:\n`);
/** The vehicles of the base budget: 合计 3 = 一般公务用车 2 + 执勤执法用车 1. */
const VEHICLES = '  vehicles: { total: 3, general_official: 2, law_enforcement: 1 }';
const vehicles = (total: number, general: number, law: number) => replaceOnce(VEHICLES, `  vehicles: { total: ${total}, general_official: ${general}, law_enforcement: ${law} }`);
const VEHICLE_ACK = (figures: string) => `  - rule: sum/vehicles\n    path: state_assets.vehicles.total\n    figures: ${figures}\n    explanation: 原文如此：车辆合计与分项之和不符。\n`;

describe('an acknowledgement covers exactly one finding', () => {
  it('covers the finding whose rule, path and figures it names', () => {
    const { findings, blocking } = runCheck(tree({ [TABLES]: vehicles(2, 2, 2), [INDEX]: acknowledge(VEHICLE_ACK('2辆；2辆；（空白）；（空白）；4辆；2辆；-2.00辆')) }).root);
    expect(blocking, dump(findings)).toEqual([]);
    expect(findings.filter((finding) => finding.acknowledged).map((finding) => finding.rule)).toEqual(['sum/vehicles']);
  });

  it('lapses when a figure changes (2/2/2 → 5/5/2), saying what it recorded and what the figures are now', () => {
    const { blocking } = runCheck(tree({ [TABLES]: vehicles(5, 5, 2), [INDEX]: acknowledge(VEHICLE_ACK('2辆；2辆；（空白）；（空白）；4辆；2辆；-2.00辆')) }).root);
    expect(blocking.map((finding) => finding.rule).sort()).toEqual(['ack/lapsed', 'sum/vehicles']);
    const lapsed = blocking.find((finding) => finding.rule === 'ack/lapsed')!;
    expect(lapsed.values?.map((value) => value.value)).toEqual(['2辆；2辆；（空白）；（空白）；4辆；2辆；-2.00辆', '5辆；2辆；（空白）；（空白）；7辆；5辆；-2.00辆']);
  });

  it('does not cover a second, different finding on the same line', () => {
    // Both the 三公 total and its vehicle subtotal are off on the this_year group; one acknowledgement names one.
    const threeTotal = replaceOnce('    total: 13.00\n    overseas: 0\n    vehicle_subtotal: 8.00', '    total: 13.50\n    overseas: 0\n    vehicle_subtotal: 8.00');
    const { findings } = runCheck(tree({
      [TABLES]: (text) => vehicles(2, 2, 2)(threeTotal(text)),
      [INDEX]: acknowledge(VEHICLE_ACK('2辆；2辆；（空白）；（空白）；4辆；2辆；-2.00辆')),
    }).root);
    expect(findings.filter((finding) => finding.acknowledged).map((finding) => finding.rule)).toEqual(['sum/vehicles']);
    expect(findings.filter((finding) => finding.rule === 'sum/three-public' && !finding.acknowledged)).toHaveLength(1);
  });

  it('names indicators by name: an indicator inserted before it is not covered, the acknowledged one still is', () => {
    const base = runCheck(tree({}).root);
    expect(base.blocking).toEqual([]);
    // An indicator without a target in the final's project, acknowledged; then another one inserted before it.
    const final = 'disclosures/2023/demo-county-office/final';
    const broken = tree({ [`${final}/performance.yaml`]: (text) => text.replace(/(\n    indicators:\n)/, '$1      - { level1: 产出指标, level2: 数量指标, name: 培训人数 }\n') });
    const first = runCheck(broken.root).blocking.find((finding) => finding.rule === 'indicator/incomplete')!;
    expect(first.path).toMatch(/indicators\[培训人数\]\.target$/);
    const ack = `  - rule: indicator/incomplete\n    path: ${first.path}\n    figures: 产出指标 / 数量指标；培训人数；（空白）\n    explanation: 原文如此：未印指标值。\n`;
    const withBoth = tree({
      [`${final}/performance.yaml`]: (text) => text.replace(/(\n    indicators:\n)/, '$1      - { level1: 产出指标, level2: 质量指标, name: 合格率 }\n      - { level1: 产出指标, level2: 数量指标, name: 培训人数 }\n'),
      [`${final}/index.md`]: acknowledge(ack),
    });
    const { findings, blocking } = runCheck(withBoth.root);
    expect(findings.filter((finding) => finding.acknowledged).map((finding) => finding.path)).toEqual([first.path]);
    expect(blocking.map((finding) => finding.path)).toEqual([first.path.replace('培训人数', '合格率')]);
  });

  it('names a narrative finding by its sentence: a paragraph added above does not move it', () => {
    const slip = replaceOnce('{{13.00|三公经费}}', '{{13.10|三公经费}}');
    const { blocking } = runCheck(tree({ [INDEX]: slip }).root);
    const finding = blocking.find((item) => item.rule === 'narrative/fact-mismatch')!;
    expect(finding.path).toMatch(/^正文“2024年“三公”经费预算\{\{13\.10\|三公经费\}\}万元/);
    const ack = `  - rule: narrative/fact-mismatch\n    path: ${JSON.stringify(finding.path)}\n    figures: "{{13.10|三公经费}}；13.10；13；0.1"\n    explanation: 原文如此。\n`;
    const moved = tree({ [INDEX]: (text) => acknowledge(ack)(slip(text)).replace('## 一、部门基本情况', '新增的一段说明。\n\n另一段。\n\n## 一、部门基本情况') });
    const after = runCheck(moved.root);
    expect(after.blocking, dump(after.findings)).toEqual([]);
    expect(after.findings.filter((item) => item.acknowledged)).toHaveLength(1);
  });

  it('is "not checked this time", never "delete it", when its file could not be read', () => {
    const { findings } = runCheck(tree({
      [TABLES]: (text) => vehicles(2, 2, 2)(text) + '\nunit: 元\n', // a duplicate key: the file cannot be read
      [INDEX]: acknowledge(VEHICLE_ACK('2辆；2辆；（空白）；（空白）；4辆；2辆；-2.00辆')),
    }).root);
    expect(findings.map((finding) => finding.rule)).toContain('yaml/duplicate-key');
    expect(findings.filter((finding) => finding.rule.startsWith('ack/')).map((finding) => [finding.rule, finding.severity])).toEqual([['ack/not-checked', 'warning']]);
  });

  it('of the old form (no figures) is an error naming the command that upgrades it', () => {
    const old = '  - rule: sum/vehicles\n    path: state_assets.vehicles.total\n    explanation: 原文如此。\n';
    const { blocking } = runCheck(tree({ [TABLES]: vehicles(2, 2, 2), [INDEX]: acknowledge(old) }).root);
    expect(blocking.map((finding) => finding.rule)).toEqual(['ack/old-form']);
    expect(blocking[0]!.message).toContain('npm run acknowledge');
  });
});
