/** Paths name list items by what they are, so acknowledgements and messages survive insertions and reordering. */
import { describe, expect, it } from 'vitest';
import { displayPath, sentenceAt } from '../../../src/validation/display-path.ts';

describe('displayPath', () => {
  it('names an indicator without a name by its value, and numbers a name that repeats', () => {
    const data = { indicators: [{ name: '完成率' }, { target: '4' }, { name: '完成率' }, { target: 296 }, {}] };
    expect([0, 1, 2, 3, 4].map((i) => displayPath(data, ['indicators', i]))).toEqual([
      'indicators[完成率]', 'indicators[指标值:4]', 'indicators[完成率#2]', 'indicators[指标值:296]', 'indicators[5]',
    ]);
  });

  it('keeps a path when items are inserted before the one it names', () => {
    const before = { projects: [{ id: 'a', indicators: [{ name: '合格率' }] }] };
    const after = { projects: [{ id: 'b' }, { id: 'a', indicators: [{ name: '满意度' }, { name: '合格率' }] }] };
    expect(displayPath(after, ['projects', 1, 'indicators', 1, 'target'])).toBe(displayPath(before, ['projects', 0, 'indicators', 0, 'target']));
  });
});

describe('sentenceAt', () => {
  const text = '## 一、收支\n\n收入100万元。支出{{90|支出合计}}万元，比上年增加10万元；结余10万元。\n';
  it('is the sentence around an offset, up to 。；！？ or a line end', () => {
    expect(sentenceAt(text, text.indexOf('{{90'))).toBe('支出{{90|支出合计}}万元，比上年增加10万元；');
    expect(sentenceAt(text, text.indexOf('结余'))).toBe('结余10万元。');
    expect(sentenceAt(text, 3)).toBe('一、收支');
  });
});
