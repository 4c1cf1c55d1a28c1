/**
 * The portal's list of sites (tests/fixtures/portal/): every problem a finding with file, line, field, rule and the
 * values, in Chinese; all of them at once; no list when there is any.
 */
import { describe, expect, it } from 'vitest';
import { checkPortalList } from '../../../src/validation/portal-list.ts';
import type { Finding } from '../../../src/validation/finding.ts';

const fixture = (name: string) => `tests/fixtures/portal/${name}.yaml`;
const brief = (finding: Finding) => ({ rule: finding.rule, line: finding.line, path: finding.path });

describe('the portal\'s list of sites', () => {
  it('reads a valid list', () => {
    const { list, findings } = checkPortalList(fixture('valid'));
    expect(findings).toEqual([]);
    expect(list?.sites.map((site) => [site.id, site.name, site.region, site.base_url])).toEqual([
      ['jingyan', '井研县', '四川省乐山市', 'https://jingyan.example.gov.cn/'],
      ['shizhu', '石柱土家族自治县', '重庆市', 'https://shizhu.example.gov.cn/'],
    ]);
  });

  it('reports every field error at once, with its line', () => {
    const { list, findings } = checkPortalList(fixture('invalid-schema'));
    expect(list).toBeUndefined();
    expect(findings.map(brief)).toEqual([
      { rule: 'schema/required', line: 5, path: 'sites[jingyan].region' },
      { rule: 'schema/format', line: 11, path: 'sites[shizhu].base_url' },
      { rule: 'schema/unknown-field', line: 12, path: 'sites[shizhu].homepage' },
    ]);
    expect(findings[0]!.message).toContain('所属地区');
    expect(findings[1]!.message).toContain('shizhu.example.gov.cn');
  });

  it('reports a site listed twice (by id or by address) and an address that is not a site\'s root, naming the values', () => {
    const { list, findings } = checkPortalList(fixture('invalid-rules'));
    expect(list).toBeUndefined();
    expect(findings.map(brief)).toEqual([
      { rule: 'portal/duplicate-site', line: 9, path: 'sites[jingyan#2].id' },
      { rule: 'portal/duplicate-url', line: 16, path: 'sites[jiajiang].base_url' },
      { rule: 'portal/url-not-root', line: 20, path: 'sites[muchuan].base_url' },
    ]);
    expect(findings[0]!.message).toBe('站点标识“jingyan”重复：每个站点只能列出一次');
    expect(findings[0]!.values).toEqual([{ label: '第一次出现', value: 'jingyan（第5行）' }]);
    expect(findings[1]!.message).toBe('站点网址 https://jingyan.example.gov.cn/ 重复：已用于“井研县”');
    expect(findings[1]!.values).toEqual([{ label: '第一次出现', value: '井研县（第8行）' }]);
    expect(findings[2]!.values).toEqual([{ label: '现为', value: 'https://www.example.gov.cn/muchuan/budget/' }]);
    for (const finding of findings) expect(finding.messageEn).toBeTruthy();
  });

  it('reports a missing list file', () => {
    expect(checkPortalList(fixture('no-such-list')).findings.map(brief)).toEqual([{ rule: 'layout/missing-file', line: 1, path: '' }]);
  });
});
