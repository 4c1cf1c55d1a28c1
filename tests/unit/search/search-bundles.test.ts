import { describe, expect, it } from 'vitest';
import { ALL_YEARS, bundleOf, bundlesInScope, coversAllYears, MAX_BUNDLE_PAGES, planSearchBundles, readSearchBundles } from '../../../src/search/search-bundles.ts';

const years = (entries: Array<[string, number]>) => new Map(entries);

describe('planning the search bundles', () => {
  it('keeps a site that fits in one bundle whole, every year in it', () => {
    // 1,000 disclosures and 100 departments: about 4,100 index pages.
    expect(planSearchBundles(years([['2023', 500], ['2024', 500]]), 100)).toEqual([{ path: '', years: ['2024', '2023'], siteWide: true }]);
  });
  it('splits a larger site by year: the latest year with the site-wide pages by default, each earlier year apart', () => {
    const plan = planSearchBundles(years([['2022', 1000], ['2024', 1000], ['2023', 1000]]), 500);
    expect(plan).toEqual([
      { path: '', years: ['2024'], siteWide: true },
      { path: '2023/', years: ['2023'], siteWide: false },
      { path: '2022/', years: ['2022'], siteWide: false },
    ]);
  });
  it('splits at the page limit it is given, and never a site of one year', () => {
    expect(planSearchBundles(years([['2023', 2], ['2024', 2]]), 3, 10)).toHaveLength(2);
    expect(planSearchBundles(years([['2023', 2], ['2024', 2]]), 3, 20)).toHaveLength(1);
    expect(planSearchBundles(years([['2024', 10 * MAX_BUNDLE_PAGES]]), 3)).toHaveLength(1);
  });
});

describe('which bundles a search covers', () => {
  const plan = planSearchBundles(years([['2022', 1000], ['2024', 1000], ['2023', 1000]]), 500);
  it('puts a disclosure page in its year and a department page in the site-wide bundle', () => {
    expect(bundleOf(plan, '2023').path).toBe('2023/');
    expect(bundleOf(plan, '2024').path).toBe('');
    expect(bundleOf(plan, undefined).path).toBe('');
  });
  it('searches the default bundle with no year chosen, one year when chosen, all (default first) when widened', () => {
    expect(bundlesInScope(plan, undefined).map((b) => b.path)).toEqual(['']);
    expect(bundlesInScope(plan, '2022').map((b) => b.path)).toEqual(['2022/']);
    expect(bundlesInScope(plan, ALL_YEARS).map((b) => b.path)).toEqual(['', '2023/', '2022/']);
    expect(coversAllYears(plan, undefined)).toBe(false);
    expect(coversAllYears(plan, ALL_YEARS)).toBe(true);
  });
  it('a single-bundle site: every choice searches it, and it covers every year', () => {
    const single = planSearchBundles(years([['2023', 1], ['2024', 1]]), 3);
    for (const year of [undefined, '2023', ALL_YEARS]) expect(bundlesInScope(single, year)).toEqual(single);
    expect(coversAllYears(single, undefined)).toBe(true);
  });
});

describe('reading a site\'s list of bundles (a portal merging it)', () => {
  const expected = { pagefind: '1.4.0', grams: 'abcd1234' };
  const list = { format: 1, pagefind: '1.4.0', grams: 'abcd1234', bundles: [{ path: '', years: ['2024'], siteWide: true, pages: 12 }, { path: '2023/', years: ['2023'], siteWide: false, pages: 9 }] };
  it('accepts a list written the same way', () => {
    expect(readSearchBundles(list, expected)).toEqual({ bundles: list });
  });
  it('refuses, saying why in Chinese, another format, Pagefind version or common-bigram list', () => {
    expect(readSearchBundles({ ...list, format: 2 }, expected)).toEqual({ problem: '索引清单格式为 2，本页面只能读取格式 1' });
    expect(readSearchBundles({ ...list, pagefind: '1.5.0' }, expected)).toEqual({ problem: '索引由 Pagefind 1.5.0 生成，本页面使用 1.4.0（需用同一版本的发布程序重新生成）' });
    expect(readSearchBundles({ ...list, grams: 'ffff0000' }, expected)).toEqual({ problem: '索引使用的常用字词表（ffff0000）与本页面（abcd1234）不同（需用同一版本的发布程序重新生成）' });
  });
  it('refuses what is not a list of bundles', () => {
    expect(readSearchBundles('<html>', expected)).toEqual({ problem: '索引清单不是有效的 JSON 对象' });
    for (const bundles of [[], [{ path: '../x/', years: [], siteWide: true, pages: 1 }], [{ path: '', years: ['2024'], siteWide: false, pages: 1 }]]) {
      expect(readSearchBundles({ ...list, bundles }, expected)).toEqual({ problem: '索引清单中的分卷列表不完整或有误' });
    }
  });
});
