import { describe, expect, it } from 'vitest';
import { sentenceClaims, type SentenceClaim } from '../../../src/domain/facts/sentences.ts';
import { moneyToPlain } from '../../../src/domain/money.ts';

/** A claim as plain words: its kind, the line it starts on, and its figures as written. */
function described(text: string, claim: SentenceClaim): string {
  const sentence = text.slice(0, claim.offset).split('\n').length;
  switch (claim.kind) {
    case 'breakdown': return `${sentence} breakdown ${moneyToPlain(claim.total.value)} = ${claim.parts.map((part) => moneyToPlain(part.value)).join(' + ')}`;
    case 'change': return `${sentence} change ${claim.current ? moneyToPlain(claim.current.value) : '?'} ${claim.up ? '+' : '-'}${moneyToPlain(claim.change.value)} ${claim.rateText}`;
    case 'share': return `${sentence} share ${moneyToPlain(claim.part.value)} of ${moneyToPlain(claim.whole.value)} ${claim.shareText}`;
    case 'completion': return `${sentence} completion ${moneyToPlain(claim.budget.value)} → ${moneyToPlain(claim.actual.value)} ${claim.rateText} ${claim.word ?? ''}`;
  }
}

describe('claims of untagged sentences, in a narrative of many sentences', () => {
  it('finds each claim in its own sentence, wherever the sentence stands', () => {
    const body = [
      '本部门无其他需要说明的事项。',
      '本年支出合计100万元，其中基本支出60万元、项目支出40万元。',
      '支出合计100万元，比上年增加10万元，增长11.1%。',
      '年初预算为90万元，支出决算为100万元，完成年初预算的111.1%。决算数大于预算数。',
    ].join('\n');
    const { text, claims } = sentenceClaims(body);
    expect(claims.map((claim) => described(text, claim))).toEqual([
      '2 breakdown 100 = 60 + 40',
      '3 change 100 +10 11.1%',
      '4 completion 90 → 100 111.1% 大于',
    ]);
  });

  it('reads no claim across the end of a sentence', () => {
    // A change and its rate in two sentences, and a completion split by a full stop, are not the shapes read.
    const { claims } = sentenceClaims('支出合计100万元，比上年增加10万元。增长11.1%。年初预算为90万元。支出决算为100万元，完成年初预算的111.1%。');
    expect(claims).toEqual([]);
  });

  it('reads the same claims from a long narrative as from its sentences alone', () => {
    const sentence = '支出合计100万元，比上年增加10万元，增长11.1%。';
    const filler = '本部门主要职责是做好各项工作。';
    const long = sentenceClaims(`${filler.repeat(50)}${sentence}${filler.repeat(50)}${sentence}`);
    expect(long.claims.map((claim) => claim.kind)).toEqual(['change', 'change']);
    // Each change is read from 比上年 on, ten characters into its sentence.
    expect(long.claims.map((claim) => claim.offset)).toEqual([filler.length * 50 + 10, filler.length * 100 + sentence.length + 10]);
  });
});
