/** Proposed tags: an untagged figure equal to a known fact, chosen only where the words before it name that fact. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { money } from '../../../src/domain/money.ts';
import { reading } from '../../../src/domain/facts/reading.ts';
import { buildFactSheet } from '../../../src/domain/facts/sheet.ts';
import { proposeTags } from '../../../src/domain/facts/propose.ts';
import { applyProposals, contentProposals } from '../../../scripts/tags.ts';
import { BASE_BUDGET, BASE_CONTENT, copyToTemp, runCheck, dump } from '../../helpers/content.ts';

const sheet = buildFactSheet([
  reading('三公经费', money('20'), 't'), reading('公务接待费', money('8'), 't'), reading('其他收入', money('8'), 't'),
  reading('机关运行经费', money('115.51'), 't'), reading('机关运行经费', money('140.51'), 't', undefined, undefined, 'last'),
]);

describe('proposeTags', () => {
  it('proposes the fact the words before a figure name, and leaves a value shared by chance to the editor', () => {
    const proposals = proposeTags('“三公”经费20万元，其中公务接待费8万元。另有8万元待定。', sheet, '万元');
    expect(proposals.map((p) => [p.figure, p.fact ?? p.candidates.join('/')])).toEqual([['20', '三公经费'], ['8', '公务接待费'], ['8', '公务接待费/其他收入']]);
  });

  it('proposes last year and the change where the words say so, never a tagged or zero figure', () => {
    const proposals = proposeTags('机关运行经费115.51万元，比上年140.51万元减少25万元。{{20|三公经费}}万元，0万元。', sheet, '万元');
    expect(proposals.map((p) => p.fact)).toEqual(['机关运行经费', '机关运行经费.上年', '机关运行经费.比上年减少']);
  });

  it('reads a figure written in 元 in a 万元 document', () => {
    expect(proposeTags('“三公”经费200000元。', sheet, '万元').map((p) => p.fact)).toEqual(['三公经费']);
  });
});

describe('npm run tags', () => {
  const tree = copyToTemp(BASE_CONTENT);
  afterAll(() => tree.cleanup());
  it('writes the accepted tags, and the check passes with them', () => {
    const file = join(tree.root, BASE_BUDGET, 'index.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('{{40.40|机关运行经费}}', '40.40'));
    const proposals = contentProposals(tree.root).filter((p) => p.fact === '机关运行经费');
    expect(proposals).toHaveLength(1);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, applyProposals(text, text.indexOf('\n---', 3) + 5, proposals));
    expect(readFileSync(file, 'utf8')).toContain('机关运行经费{{40.40|机关运行经费}}万元');
    const { findings } = runCheck(tree.root);
    expect(findings, dump(findings)).toEqual([]);
  });
});
