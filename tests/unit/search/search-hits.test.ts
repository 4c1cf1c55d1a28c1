import { describe, expect, it } from 'vitest';
import { hitSections, namesQuery, rankByNaming, type PagefindResultData } from '../../../src/search/search-hits.ts';
import { encodeAmounts } from '../../../src/search/search-text.ts';

// Data as Pagefind returns it for an index page: titles and excerpts in index form (bigrams, common ones marked,
// figures in Braille patterns, HTML-escaped, hits in <mark>).
const tables: PagefindResultData = {
  url: '/2023/demo/budget/search-tables/',
  excerpt: '',
  meta: { title: '2023年预算', url: '/2023/demo/budget/', kind: '表格' },
  sub_results: [
    { title: '部门 门收 收支 支总 总表', url: '/2023/demo/budget/search-tables/#table-summary', excerpt: `<mark>z经费</mark> ｜ ${encodeAmounts('12.30')}`, locations: [3] },
    { title: '“三公 公”经 z经费 费支 支出 出表', url: '/2023/demo/budget/search-tables/#table-three', excerpt: `“三公 公”经 z经费 费支 支出 出表. 公务 务接 接待 待费 ｜ ${encodeAmounts('20.00')} ； 合计`, locations: [0, 9, 12] },
  ],
};
const narrative: PagefindResultData = {
  url: '/2023/demo/budget/search-narrative/',
  excerpt: '',
  meta: { title: '2023年预算', url: '/2023/demo/budget/', kind: '说明' },
  sub_results: [{ title: '说明', url: '/2023/demo/budget/search-narrative/#top', excerpt: `“三公 公”经 z经费 预算 ${encodeAmounts('20万元')}`, locations: [1] }],
};

describe('the sections a result shows', () => {
  it('reads titles and excerpts back (bigrams joined, marks kept, figures decoded) and links to the real page', () => {
    const sections = hitSections(tables, ['三公经费'], 'https://budget.example.gov.cn/search/');
    expect(sections[0]).toEqual({
      title: '“三公”经费支出表',
      href: 'https://budget.example.gov.cn/2023/demo/budget/#table-three',
      text: '公务接待费｜20.00；合计',
    });
    expect(sections[1]).toEqual({ title: '部门收支总表', href: 'https://budget.example.gov.cn/2023/demo/budget/#table-summary', text: '经费｜12.30' });
  });
  it('a section named by the query first, whatever its number of hits; the page top links to the page itself', () => {
    expect(hitSections(tables, ['部门'], 'https://x.test/').map((s) => s.title)).toEqual(['部门收支总表', '“三公”经费支出表']);
    expect(hitSections(narrative, ['预算'], 'https://x.test/')[0]!.href).toBe('https://x.test/2023/demo/budget/');
  });
  it('links a result of a merged site (absolute URLs) to that site', () => {
    const merged = { ...narrative, url: 'https://jingyan.example.gov.cn/2023/demo/budget/search-narrative/' };
    expect(hitSections(merged, ['预算'], 'https://province.example.gov.cn/')[0]!.href).toBe('https://jingyan.example.gov.cn/2023/demo/budget/');
  });
});

describe('results that answer first', () => {
  it('a title names the query when it holds every word, quotation marks aside', () => {
    expect(namesQuery('“三公”经费支出表', ['三公经费'])).toBe(true);
    expect(namesQuery('三公经费支出表', ['三公经费', '2023'])).toBe(false);
    expect(namesQuery('任何标题', [])).toBe(false);
  });
  it('puts a table or project named by the query before a named narrative, and those before mere mentions', () => {
    const mention: PagefindResultData = { ...narrative, meta: { ...narrative.meta, title: '其他' }, sub_results: [{ title: '情况 况说 说明', url: '/x/#a', locations: [5] }] };
    const ranked = rankByNaming([{ data: mention }, { data: { ...narrative, sub_results: [{ title: '“三公 公”经 z经费 情况', url: '/x/#b', locations: [0] }] } }, { data: tables }], ['三公经费']);
    expect(ranked.map(({ data }) => data.meta.kind)).toEqual(['表格', '说明', '说明']);
    expect(ranked[2]!.data).toBe(mention);
  });
});
