import { describe, expect, it } from 'vitest';
import { cjkBigrams, queryToBigrams, withoutAmounts } from '../../../src/search/search-text.ts';
import { paramsFromState, pagefindOptions, stateFromParams } from '../../../src/search/search-query.ts';

describe('search text', () => {
  it('cuts Chinese runs into overlapping bigrams and keeps other tokens whole', () => {
    expect(cjkBigrams('培训费')).toBe('培训 训费');
    expect(cjkBigrams('科目2013201行政运行')).toBe('科目 2013201 行政 政运 运行');
    expect(cjkBigrams('费')).toBe('费');
  });
  it('every substring query of two or more characters is made of bigrams of the text (so it is always found)', () => {
    const text = cjkBigrams('老干部活动中心使用维护费').split(' ');
    for (const query of ['干部', '干部活动', '中心使用维护']) for (const gram of queryToBigrams(query).split(' ')) expect(text).toContain(gram);
  });
  it('drops money figures but keeps counts, codes and years', () => {
    expect(withoutAmounts('收入1,992.86万元，比2022年增加614.11万元，执行率147.92%')).toBe('收入 ，比2022年增加 ，执行率');
    expect(withoutAmounts('走访慰问50人次，科目2013201')).toBe('走访慰问50人次，科目2013201');
  });
  it('keeps quoted phrases quoted (exact) and cuts the rest', () => {
    expect(queryToBigrams('"干部教育" 经费')).toBe('"干部 部教 教育" 经费');
    expect(queryToBigrams('“三公”经费')).toBe('"三公" 经费');
    expect(queryToBigrams('1992.86')).toBe('');
  });
});

describe('search state in the URL', () => {
  it('round-trips query, filters and sort', () => {
    const state = stateFromParams(new URLSearchParams('q=干部&year=2023&stage=预算&sort=year&bogus=1'));
    expect(state).toEqual({ query: '干部', filters: { year: '2023', stage: '预算' }, sort: 'year' });
    expect(paramsFromState(state).toString()).toBe(new URLSearchParams('q=干部&year=2023&stage=预算&sort=year').toString());
    expect(pagefindOptions(state)).toEqual({ filters: { year: '2023', stage: '预算' }, sort: { year: 'desc' } });
  });
  it('defaults to relevance with no filters', () => {
    expect(stateFromParams(new URLSearchParams(''))).toEqual({ query: '', filters: {}, sort: 'relevance' });
    expect(pagefindOptions(stateFromParams(new URLSearchParams('q=a')))).toEqual({ filters: {} });
  });
});

import { queryTerms, snippet } from '../../../src/search/snippet.ts';

describe('result snippets', () => {
  it('cuts around the first hit and marks every hit', () => {
    const parts = snippet('一二三四五六七八九十干部教育培训经费，另有干部考核', ['干部'], 4);
    expect(parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('')).toBe('…七八九十[干部]教育培训经费…');
  });
  it('starts at the beginning when nothing matches, and longer terms win', () => {
    expect(snippet('abc', ['x'], 10)).toEqual([{ text: 'abc', hit: false }]);
    expect(queryTerms('"干部" 干部教育')).toEqual(['干部教育', '干部']);
  });
});

import { bigramsToText, cjkBigrams as cut, gramCounts, countGrams, mostCommonGrams, searchGrams, type GramTally } from '../../../src/search/search-text.ts';

describe('bigrams back to text (result snippets)', () => {
  it('joins the overlapping bigrams of each run and keeps other tokens in place', () => {
    for (const text of ['老干部活动中心使用维护费', '科目2013201行政运行，共3人', '费', '2023年 budget 预算']) {
      expect(bigramsToText(cut(text)).replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    }
    expect(bigramsToText('budget 2023 年度')).toBe('budget 2023年度');
  });
});

describe('which bigrams a query looks up', () => {
  const counts = gramCounts('经费培训干部教育');
  it('reads the common list most common first', () => {
    expect(counts.get('经费')).toBeGreaterThan(counts.get('培训')!);
    expect(counts.get('培训')).toBeGreaterThan(counts.get('教育')!);
    expect(counts.has('部教')).toBe(false);
  });
  it('leaves out common bigrams while a rare one remains, keeping the two rare ones furthest apart', () => {
    expect(searchGrams(['干部', '部教', '教育', '育培', '培训'], counts)).toEqual(['部教', '育培']);
    expect(searchGrams(['公共', '共机', '机构', '构节', '节能'], new Map())).toEqual(['公共', '节能']);
    expect(searchGrams(['培训', '训经', '经费'], counts)).toEqual(['训经']);
  });
  it('looks up the two least common bigrams when all are common, and short words whole', () => {
    expect(searchGrams(['干部', '教育'], counts)).toEqual(['教育', '干部']);
    expect(searchGrams(['经费', '培训', '干部'], counts)).toEqual(['干部', '培训']);
    expect(searchGrams(['三公'], counts)).toEqual(['三公']);
    expect(searchGrams(['部考', '考核'], counts)).toEqual(['部考', '考核']);
  });
  it('applies to unquoted words only: quoted phrases are looked up whole, so they stay exact', () => {
    expect(queryToBigrams('干部教育培训 "干部教育" 2013201', counts)).toBe('部教 育培 "z干部 部教 z教育" 2013201');
    expect(queryToBigrams('干部教育培训')).toBe('干部 培训');
  });
  it('marks common bigrams in the index and in queries alike, and reads marked text back', () => {
    expect(cut('干部教育', counts)).toBe('z干部 部教 z教育');
    expect(queryToBigrams('教育', counts)).toBe('z教育');
    expect(bigramsToText('z干部 部教 z教育 2023 z经费')).toBe('干部教育2023经费');
  });
  it('every text containing the query contains the bigrams looked up (recall is whole)', () => {
    const text = cut('本年度干部教育培训经费用于组织干部参加培训', counts).split(' ');
    for (const query of ['干部教育培训', '培训经费', '组织干部参加']) for (const gram of queryToBigrams(query, counts).split(' ')) expect(text).toContain(gram);
  });
  it('lists the most common bigrams seen often enough, most common first', () => {
    const seen: GramTally = new Map();
    countGrams(seen, '经费经费经费 培训培训 干部');
    expect(mostCommonGrams(seen, 2, 10)).toBe('经费培训费经');
    expect(mostCommonGrams(seen, 3, 10)).toBe('经费');
    expect(mostCommonGrams(seen, 2, 1)).toBe('经费');
  });
});

describe('one-pass cutting and counting (fast paths of the index builder) against the pattern they replace', () => {
  // The runs as the search text module defines them, found with its own pattern: the reference for both fast paths.
  const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
  const runGrams = (run: string) => Array.from({ length: run.length - 1 }, (_, i) => run.slice(i, i + 2));
  // Each Chinese block's first and last character and its neighbours outside it, a surrogate pair (𠀀), Latin, digits,
  // punctuation, and white space of several kinds (ASCII, no-break, ideographic, line separator, tab, newline).
  const alphabet = [0x33ff, 0x3400, 0x4dbf, 0x4dc0, 0x4dff, 0x4e00, 0x9fff, 0xa000, 0xf8ff, 0xf900, 0xfaff, 0xfb00]
    .map((code) => String.fromCharCode(code)).concat(['经', '费', '培', '训', '𠀀', 'a', 'B', '7', '，', '.', ' ', '\u00a0', '\u3000', '\u2028', '\t', '\n']);
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const texts = Array.from({ length: 400 }, () => Array.from({ length: Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));

  it('counts exactly the bigrams of the Chinese runs, most common first, ties in character order', () => {
    const counts = new Map<string, number>();
    for (const text of texts) for (const run of text.match(CJK_RUN) ?? []) for (const gram of runGrams(run)) counts.set(gram, (counts.get(gram) ?? 0) + 1);
    const expected = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([gram]) => gram).join('');
    const tally: GramTally = new Map();
    for (const text of texts) countGrams(tally, text);
    expect(expected.length).toBeGreaterThan(100);
    expect(mostCommonGrams(tally, 1, 100_000)).toBe(expected);
  });
  it('cuts text exactly as the pattern does, marks and white space included', () => {
    const common = gramCounts('经费培训\u4e00\u9fff');
    const reference = (text: string) => text
      .replace(CJK_RUN, (run) => (run.length < 2 ? ` ${run} ` : ` ${runGrams(run).map((gram) => (common.has(gram) ? `z${gram}` : gram)).join(' ')} `))
      .replace(/\s+/g, ' ').trim();
    const marked = texts.filter((text) => reference(text).includes('z'));
    expect(marked.length).toBeGreaterThan(10);
    for (const text of texts) expect(JSON.stringify(cut(text, common))).toBe(JSON.stringify(reference(text)));
  });
});

import { decodeAmounts, encodeAmounts, indexTextToReadable } from '../../../src/search/search-text.ts';

describe('figures kept for excerpts, out of the index', () => {
  it('encodes each money figure as Braille patterns and decodes it back; counts, codes and years stay as they are', () => {
    const text = '收入1,992.86万元，比2022年增加-614.11万元，执行率147.92%，走访50人次，科目2013201';
    const coded = encodeAmounts(text);
    expect(coded).not.toMatch(/1,992\.86|614\.11|147\.92/);
    expect(coded).toContain('2022年');
    expect(coded).toContain('50人次');
    expect(coded).toContain('2013201');
    expect(decodeAmounts(coded)).toBe(text);
  });
  it('leaves no Chinese of a figure (万元) to the index', () => {
    expect(cjkBigrams(encodeAmounts('支出90万元'))).toBe(`支出 ${encodeAmounts('90万元')}`);
  });
});

describe('quotation and book-title marks inside Chinese text', () => {
  it('do not end a run: each stays in the bigram spanning it', () => {
    expect(cjkBigrams('“三公”经费')).toBe('“三公 公”经 经费');
    expect(cjkBigrams('依据《预算法》执行')).toBe('依据 据《预 预算 算法 法》执 执行');
    expect(cjkBigrams('“三”', new Map([['三公', 1]]))).toBe('“三”');
    expect(cjkBigrams('“三公”经费', gramCounts('经费'))).toBe('“三公 公”经 z经费');
  });
  it('a query without the marks finds text with them (its bigrams are there, marks aside)', () => {
    const indexed = cjkBigrams('一般公共预算“三公”经费支出表').split(' ').map((word) => word.replace(/[“”]/g, ''));
    for (const gram of queryToBigrams('三公经费').split(' ')) expect(indexed).toContain(gram);
  });
  it('index text reads back as written (marks, figures, Pagefind\'s block-end points as breaks)', () => {
    for (const text of ['一般公共预算“三公”经费支出表', '依据《预算法》，支出1,992.86万元（占71.1%）', '“两新”组织', '科目2013201行政运行']) {
      expect(indexTextToReadable(cjkBigrams(encodeAmounts(text))).replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    }
    expect(indexTextToReadable('“三公 公”经 z经费 费表. 项目 ｜ 金额')).toBe('“三公”经费表 项目｜金额');
  });
});
