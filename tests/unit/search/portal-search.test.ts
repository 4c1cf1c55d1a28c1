import { describe, expect, it } from 'vitest';
import { bundlesListUrl, portalParams, portalStateFromParams, siteBundleUrls, siteIndex, siteOfUrl, sitesInScope, unreachableNotice } from '../../../src/search/portal-search.ts';

const sites = [
  { id: 'jingyan', name: '井研县', region: '四川省乐山市', base_url: 'https://jingyan.example.gov.cn/' },
  { id: 'qianwei', name: '犍为县', region: '四川省乐山市', base_url: 'https://qianwei.example.gov.cn/' },
  { id: 'shizhu', name: '石柱土家族自治县', region: '重庆市', base_url: 'http://127.0.0.1:4002/' },
];
const expected = { pagefind: '1.4.0', grams: 'abcd1234' };
const bundles = { format: 1 as const, pagefind: '1.4.0', grams: 'abcd1234', bundles: [{ path: '', years: ['2024'], siteWide: true, pages: 40 }, { path: '2023/', years: ['2023'], siteWide: false, pages: 38 }] };

describe('the portal\'s search state', () => {
  it('round-trips query, region, site and the widened year scope through the URL', () => {
    const state = portalStateFromParams(new URLSearchParams('q=培训&region=重庆市&site=shizhu&year=all'));
    expect(state).toEqual({ query: '培训', region: '重庆市', site: 'shizhu', year: 'all' });
    expect(portalParams(state).toString()).toBe(new URLSearchParams('q=培训&region=重庆市&site=shizhu&year=all').toString());
    expect(portalStateFromParams(new URLSearchParams('q=x&year=2019'))).toEqual({ query: 'x' });
  });
  it('covers the chosen site, else the chosen region\'s, else all', () => {
    expect(sitesInScope(sites, { query: 'x' }).map((s) => s.id)).toEqual(['jingyan', 'qianwei', 'shizhu']);
    expect(sitesInScope(sites, { query: 'x', region: '四川省乐山市' }).map((s) => s.id)).toEqual(['jingyan', 'qianwei']);
    expect(sitesInScope(sites, { query: 'x', site: 'shizhu' }).map((s) => s.id)).toEqual(['shizhu']);
  });
  it('finds a site\'s bundles at its own address: the default one, or all when widened', () => {
    expect(bundlesListUrl(sites[0]!)).toBe('https://jingyan.example.gov.cn/pagefind/search-bundles.json');
    expect(siteBundleUrls(sites[0]!, bundles, { query: 'x' })).toEqual(['https://jingyan.example.gov.cn/pagefind/']);
    expect(siteBundleUrls(sites[0]!, bundles, { query: 'x', year: 'all' })).toEqual(['https://jingyan.example.gov.cn/pagefind/', 'https://jingyan.example.gov.cn/pagefind/2023/']);
    expect(siteOfUrl(sites, 'http://127.0.0.1:4002/2024/a/budget/')?.id).toBe('shizhu');
    expect(siteOfUrl(sites, 'http://127.0.0.1:4003/2024/a/budget/')).toBeUndefined();
  });
});

describe('a site that cannot be searched', () => {
  it('says why: no connection, an HTTP error, not JSON, or an index written otherwise', () => {
    const site = sites[0]!;
    expect(siteIndex(site, { error: new TypeError('Failed to fetch') }, expected)).toEqual({ site, problem: '无法连接' });
    expect(siteIndex(site, { status: 404 }, expected)).toEqual({ site, problem: '无法获取索引清单（HTTP 404）' });
    expect(siteIndex(site, { invalidJson: true }, expected)).toEqual({ site, problem: '索引清单不是有效的 JSON' });
    expect(siteIndex(site, { json: { ...bundles, pagefind: '1.3.0' } }, expected)).toEqual({ site, problem: '索引由 Pagefind 1.3.0 生成，本页面使用 1.4.0（需用同一版本的发布程序重新生成）' });
    expect(siteIndex(site, { json: bundles }, expected)).toEqual({ site, bundles });
  });
  it('is named on the page with its reason, and the reader told the others are searched', () => {
    expect(unreachableNotice([])).toBe('');
    expect(unreachableNotice([{ site: sites[0]!, problem: '无法连接' }, { site: sites[2]!, problem: '无法获取索引清单（HTTP 404）' }]))
      .toBe('以下公开平台暂时无法搜索，结果中不含它们的内容：井研县（无法连接）；石柱土家族自治县（无法获取索引清单（HTTP 404））。其他平台的结果照常列出。');
  });
});
