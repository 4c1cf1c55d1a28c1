/**
 * The whole check in one pass: every finding at once and sorted, acknowledgements turning an error into a data
 * note, findings located in the right file, and no cascade of follow-on errors from one broken file.
 */
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareFindings, isBlocking } from '../../../src/validation/finding.ts';
import { checkContent, checkFindings, guard } from '../../../src/validation/check-content.ts';
import { balancedShares } from '../../../src/validation/check-parallel.ts';
import { countFindings, formatFinding, formatSummary } from '../../../src/validation/format-findings.ts';
import {
  BASE_BUDGET, BASE_CONTENT, BASE_FINAL, baseWith, copyToTemp, dump, listFiles, materializeFixture, replaceOnce, runCheck, type TempTree,
} from '../../helpers/content.ts';

/** The base tree with every file rewritten (line endings, byte order mark…). */
function rewrittenBase(rewrite: (text: string) => string): TempTree {
  const tree = copyToTemp(BASE_CONTENT, 'budget-rewritten-');
  for (const file of listFiles(tree.root)) writeFileSync(join(tree.root, file), rewrite(readFileSync(join(tree.root, file), 'utf8')));
  return tree;
}

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));
const keep = <T extends TempTree>(tree: T): T => {
  cleanups.push(tree.cleanup);
  return tree;
};

const ACK_FUND_SPLIT = [
  'acknowledgements:',
  '  - rule: sum/fund-source',
  '    file: performance.yaml',
  '    path: department.funds.total.final',
  '    figures: 371万元；19.01万元；390.01万元；390万元；-0.01万元',
  '    explanation: 原文如此：资金来源中其他资金决算数为19.01万元，与预算总额决算数相差0.01万元。',
].join('\n');

describe('checkContent', () => {
  it('returns every finding sorted by file, line and column', () => {
    const tree = keep(materializeFixture('income-expenditure'));
    const { result } = runCheck(tree.root);
    const sorted = [...result.findings].sort(compareFindings);
    expect(result.findings).toEqual(sorted);
  });

  it('reports several independent problems in one run', () => {
    const tree = keep(baseWith({
      [`${BASE_BUDGET}/tables.yaml`]: replaceOnce('vehicles: { total: 3,', 'vehicles: { total: 4,'),
      [`${BASE_FINAL}/performance.yaml`]: replaceOnce('97.50%', '97.60%'),
      [`${BASE_BUDGET}/index.md`]: replaceOnce('{{25|实有人员}}', '{{26|实有人员}}'),
    }));
    const rules = runCheck(tree.root).blocking.map((finding) => `${finding.contentFile.split('/').pop()} ${finding.rule}`).sort();
    expect(rules).toEqual(['index.md narrative/fact-mismatch', 'performance.yaml rate/execution', 'tables.yaml sum/vehicles']);
  });

  it('an acknowledged error is kept as a non-blocking data note with its explanation', () => {
    const tree = keep(baseWith({
      [`${BASE_FINAL}/performance.yaml`]: replaceOnce('other: { budget: 20.00, final: 19.00, execution_rate: 95.00% }', 'other: { budget: 20.00, final: 19.01, execution_rate: 95.05% }'),
      [`${BASE_FINAL}/index.md`]: replaceOnce('head_signoff: true\n', `head_signoff: true\n${ACK_FUND_SPLIT}\n`),
    }));
    const { findings, blocking } = runCheck(tree.root);
    expect(blocking, dump(findings)).toEqual([]);
    const note = findings.find((finding) => finding.rule === 'sum/fund-source');
    expect(note?.acknowledged?.explanation).toContain('原文如此');
    expect(isBlocking(note!)).toBe(false);
    expect(formatFinding(note!)).toMatch(/ {2}noted {2}sum\/fund-source {2}department\.funds\.total\.final {2}/);
    expect(countFindings(findings)).toEqual({ errors: 0, acknowledged: 1, warnings: 0 });
  });

  it('an acknowledgement covers only the slip it explains: a second, different slip at the same place still blocks', () => {
    // Acknowledged: fiscal 371.00 + other 19.01 = 390.01 ≠ 390.00. New and unexplained: basic 268.05 + project 122.00 = 390.05 ≠ 390.00.
    const tree = keep(baseWith({
      [`${BASE_FINAL}/performance.yaml`]: (text) => replaceOnce('basic: { budget: 270.00, final: 268.00, execution_rate: 99.26% }', 'basic: { budget: 270.00, final: 268.05, execution_rate: 99.28% }')(
        replaceOnce('other: { budget: 20.00, final: 19.00, execution_rate: 95.00% }', 'other: { budget: 20.00, final: 19.01, execution_rate: 95.05% }')(text)),
      [`${BASE_FINAL}/index.md`]: replaceOnce('head_signoff: true\n', `head_signoff: true\n${ACK_FUND_SPLIT}\n`),
    }));
    const { findings, blocking } = runCheck(tree.root);
    expect(findings.find((finding) => finding.rule === 'sum/fund-source')?.acknowledged, dump(findings)).toBeDefined();
    expect(blocking.filter((finding) => finding.rule === 'sum/fund-structure'), dump(findings)).toHaveLength(1);
  });

  it('an acknowledgement naming another file does not match', () => {
    const tree = keep(baseWith({
      [`${BASE_FINAL}/performance.yaml`]: replaceOnce('final: 19.00, execution_rate: 95.00%', 'final: 19.01, execution_rate: 95.05%'),
      [`${BASE_FINAL}/index.md`]: replaceOnce('head_signoff: true\n', `head_signoff: true\n${ACK_FUND_SPLIT.replace('file: performance.yaml', 'file: tables.yaml')}\n`),
    }));
    const rules = runCheck(tree.root).blocking.map((finding) => finding.rule).sort();
    expect(rules).toEqual(['ack/unmatched', 'sum/fund-source']);
  });

  it('a broken tables.yaml is reported once: its figures are not also reported as unknown facts of the narrative', () => {
    const tree = keep(materializeFixture('bad-amount'));
    const { blocking } = runCheck(tree.root);
    expect(blocking.map((finding) => finding.rule), dump(blocking)).toEqual(['schema/amount']);
  });

  it('narrative findings point at the body line of the tag', () => {
    const tree = keep(baseWith({ [`${BASE_BUDGET}/index.md`]: replaceOnce('{{13.00|三公经费}}', '{{13.10|三公经费}}') }));
    const finding = runCheck(tree.root).blocking.find((f) => f.rule === 'narrative/fact-mismatch');
    // The line of the tag, and the sentence it stands in (what an acknowledgement names: it survives lines added above).
    expect(finding, 'fact mismatch').toMatchObject({ line: 33, col: 1, path: '正文“2024年“三公”经费预算{{13.10|三公经费}}万元，比上年{{14.00|三公经费.上年}}万元减少{{1.00…”' });
    expect(finding!.message).toContain('13.10');
  });

  it('reads files saved with Windows line endings (CRLF) the same, lines included', () => {
    const clean = keep(rewrittenBase((text) => text.replace(/\n/g, '\r\n')));
    expect(runCheck(clean.root).findings, 'CRLF base').toEqual([]);
    const broken = keep(rewrittenBase((text) => text.replace('{{400.90|支出合计}}', '{{400.00|支出合计}}').replace(/\n/g, '\r\n')));
    expect(runCheck(broken.root).blocking).toEqual([expect.objectContaining({ rule: 'narrative/fact-mismatch', line: 25, path: expect.stringMatching(/^正文“支出预算\{\{400\.00\|支出合计\}\}万元/) })]);
  });

  it('reads files that start with a UTF-8 byte order mark (as Windows Notepad saves them)', () => {
    const tree = keep(rewrittenBase((text) => `\uFEFF${text}`));
    const { findings } = runCheck(tree.root);
    expect(findings, dump(findings)).toEqual([]);
  });

  it('finding files are named relative to the working directory', () => {
    const tree = keep(materializeFixture('vehicles-count'));
    const { findings } = runCheck(tree.root);
    const finding = findings.find((f) => f.rule === 'sum/vehicles')!;
    expect(finding.contentFile).toBe(`${BASE_BUDGET}/tables.yaml`);
    expect(finding.file.replace(/\\/g, '/').endsWith(`${BASE_BUDGET}/tables.yaml`)).toBe(true);
  });
});

describe('guard', () => {
  it('turns an exception into an error finding for the file: Chinese message, the cause on the English line', () => {
    const [finding] = guard('disclosures/2024/x/budget', () => { throw new RangeError('Maximum call stack size exceeded'); });
    expect(finding).toMatchObject({ rule: 'internal/unexpected', severity: 'error', file: 'disclosures/2024/x/budget', line: 1 });
    expect(finding!.message).toMatch(/^[^A-Za-z]*$/);
    expect(finding!.messageEn).toContain('Maximum call stack size exceeded');
  });
});

describe('checkFindings by parts (what each worker thread of npm run check does)', () => {
  it('parts add up to exactly the findings of a whole check, misnamed folders in any part included', () => {
    const tree = keep(baseWith({}));
    const departments = ['north-office', 'east-office', 'town-office', 'river-office'];
    for (const name of departments) {
      // Copies of the base department's 2023 final (their front matter names another department: an error each).
      cpSync(join(tree.root, 'disclosures/2023/demo-county-office'), join(tree.root, `disclosures/2023/${name}`), { recursive: true });
      mkdirSync(join(tree.root, `disclosures/2023/${name}/draft`));
    }
    mkdirSync(join(tree.root, 'disclosures/20x3'));
    // Links that cannot be followed, at the year, department and stage level: each reported by one part only.
    symlinkSync(join(tree.root, 'disclosures/2019'), join(tree.root, 'disclosures/2019'));
    symlinkSync(tmpdir(), join(tree.root, 'disclosures/2023/outside-office'));
    symlinkSync(join(tree.root, 'nowhere'), join(tree.root, 'disclosures/2023/north-office/budget'));
    const whole = checkFindings(tree.root);
    expect(whole.findings.filter((finding) => finding.rule === 'layout/path')).toHaveLength(departments.length + 1);
    expect(whole.findings.filter((finding) => finding.rule.startsWith('file/')).map((finding) => finding.rule).sort()).toEqual(['file/outside-content', 'file/unreadable', 'file/unreadable']);
    expect(JSON.stringify(checkContent(tree.root).findings)).toBe(JSON.stringify(whole.findings));
    const sizes = new Map([...departments, 'demo-county-office', 'outside-office'].map((name) => [name, name === 'demo-county-office' ? 4 : 2]));
    for (const count of [2, 3]) {
      // Shares by hash, balanced shares, and lists that miss departments (added since: they go by hash).
      for (const shares of [undefined, balancedShares(sizes, count), [['south-office', 'north-office'], ['east-office']]]) {
        const parts = Array.from({ length: count }, (_, index) => checkFindings(tree.root, { index, count, ...(shares ? { departments: shares } : {}) }));
        const label = `${count} parts, ${shares ? JSON.stringify(shares) : 'by hash'}`;
        const partial = shares !== undefined && shares.flat().length < sizes.size;
        if (!partial) expect(parts.every((part) => part.filesByDisclosure.size > 0), label).toBe(true);
        expect(JSON.stringify(parts.flatMap((part) => part.findings).sort(compareFindings)), label).toBe(JSON.stringify(whole.findings));
        expect(parts.reduce((n, part) => n + part.files, 0), label).toBe(whole.files);
      }
    }
  });

  it('checkContent lists disclosures in folder order, a department before another whose name extends it', () => {
    const tree = keep(baseWith({}));
    cpSync(join(tree.root, 'disclosures/2023/demo-county-office'), join(tree.root, 'disclosures/2023/demo-county-office-x'), { recursive: true });
    const { content } = checkContent(tree.root);
    expect(content.disclosures.map((d) => `${d.year}/${d.department}/${d.stage}`)).toEqual([
      '2023/demo-county-office/final', '2023/demo-county-office-x/final', '2024/demo-county-office/budget', '2024/demo-township-office/budget',
    ]);
  });

  it('balancedShares cuts the departments, in name order, into runs of about the same size', () => {
    const sizes = new Map([['a', 20], ['b', 18], ['c', 10], ['d', 8], ['e', 2], ['f', 2]]);
    const shares = balancedShares(sizes, 2);
    expect(shares).toEqual([['a', 'b'], ['c', 'd', 'e', 'f']]);
    expect(shares.flat()).toEqual([...sizes.keys()]);
    expect(balancedShares(new Map(), 3)).toEqual([[], [], []]);
    // Every share gets a department while there are enough, however uneven the sizes.
    expect(balancedShares(new Map([['a', 100], ['b', 1], ['c', 1]]), 3)).toEqual([['a'], ['b'], ['c']]);
  });

  it('balancedShares keeps the shares when one department grows a little (each worker keeps its check cache)', () => {
    const sizes = new Map(Array.from({ length: 500 }, (_, i) => [`dept-${String(i).padStart(3, '0')}`, 50_000 + ((i * 7919) % 20_000)] as [string, number]));
    const before = balancedShares(sizes, 2);
    const grown = new Map(sizes);
    grown.set('dept-042', sizes.get('dept-042')! + 1);
    const after = balancedShares(grown, 2);
    const moved = before.flatMap((names, share) => names.filter((name) => !after[share]!.includes(name)));
    expect(moved.length).toBeLessThanOrEqual(1);
  });
});

describe('formatFinding, countFindings, formatSummary', () => {
  const finding = {
    severity: 'error' as const, rule: 'sum/tree', file: 'content/x/tables.yaml', line: 12, col: 5, path: 'rows[201].total',
    message: '合计与分项之和不符', messageEn: 'Stated total differs',
    values: [{ label: '分项之和', value: '1,992.85万元' }, { label: '差额', value: '0.01万元' }],
  };

  it('prints path:line:col  severity  rule  path  message, the values, the English line, and the figures to acknowledge it with', () => {
    expect(formatFinding({ ...finding, values: [{ label: '分项之和', value: '1,992.85万元（第12行）' }, finding.values[1]!] }).split('\n')).toEqual([
      'content/x/tables.yaml:12:5  error  sum/tree  rows[201].total  合计与分项之和不符',
      '    分项之和：1,992.85万元（第12行）',
      '    差额：0.01万元',
      '    (Stated total differs)',
      '    确认用（figures）：1,992.85万元；0.01万元',
    ]);
  });

  it('prints - for an empty path, and noted with the explanation for an acknowledged finding', () => {
    expect(formatFinding({ ...finding, path: '', values: [], messageEn: undefined as unknown as string }).split('\n')[0]).toBe('content/x/tables.yaml:12:5  error  sum/tree  -  合计与分项之和不符');
    const noted = formatFinding({ ...finding, acknowledged: { explanation: '原文如此' } });
    expect(noted.split('\n')[0]).toContain('  noted  ');
    expect(noted).toContain('已确认（数据说明）：原文如此');
  });

  it('counts errors, acknowledged errors and warnings apart', () => {
    const counts = countFindings([finding, { ...finding, acknowledged: { explanation: 'x' } }, { ...finding, severity: 'warning' }, { ...finding, severity: 'warning' }]);
    expect(counts).toEqual({ errors: 1, acknowledged: 1, warnings: 2 });
    expect(formatSummary(counts, 3, 14)).toContain('检查未通过');
    expect(formatSummary({ errors: 0, acknowledged: 1, warnings: 2 }, 3, 14)).toMatch(/^检查通过。/);
  });
});
