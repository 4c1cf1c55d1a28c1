/**
 * Reads and checks a portal's list of sites (see src/schemas/portal.ts): YAML with positions, the schema, then the
 * rules a list must follow. Every problem is a finding with file, line, field, rule and values, in Chinese (English
 * second); all of them at once.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { portalList, type PortalList } from '../schemas/portal.ts';
import type { Finding, RuleFinding } from './finding.ts';
import { displayFile, parseWithSchema, placeFinding, readText } from './load-content.ts';
import { parseYamlSource } from './yaml-source.ts';

export interface CheckedPortalList {
  /** The list, when it has no error. */
  readonly list?: PortalList;
  readonly findings: Finding[];
}

/**
 * Rules over a list the schema accepted: each site's id and address once; an address that is a site's root (the
 * site's pages and index are at /search/ and /pagefind/ there), over http or https, without query or fragment.
 */
export function portalListRules(list: PortalList): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const seenIds = new Map<string, number>();
  const seenUrls = new Map<string, number>();
  list.sites.forEach((site, i) => {
    const first = seenIds.get(site.id);
    if (first !== undefined) {
      findings.push({
        severity: 'error', rule: 'portal/duplicate-site', at: ['sites', i, 'id'],
        message: `站点标识“${site.id}”重复：每个站点只能列出一次`, messageEn: `Site id "${site.id}" is listed twice`,
        values: [{ label: '第一次出现', value: site.id, at: ['sites', first, 'id'] }],
      });
    } else seenIds.set(site.id, i);
    const url = new URL(site.base_url);
    const key = url.href;
    const same = seenUrls.get(key);
    if (same !== undefined) {
      findings.push({
        severity: 'error', rule: 'portal/duplicate-url', at: ['sites', i, 'base_url'],
        message: `站点网址 ${site.base_url} 重复：已用于“${list.sites[same]!.name}”`, messageEn: `Address ${site.base_url} is listed twice`,
        values: [{ label: '第一次出现', value: list.sites[same]!.name, at: ['sites', same, 'base_url'] }],
      });
    } else seenUrls.set(key, i);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname !== '/' || url.search || url.hash) {
      findings.push({
        severity: 'error', rule: 'portal/url-not-root', at: ['sites', i, 'base_url'],
        message: `站点网址应为站点根地址（http 或 https，以“/”结尾，不含路径、查询或锚点），如 ${url.protocol.startsWith('http') ? url.origin : 'https://example.gov.cn'}/`,
        messageEn: 'The address must be the root of the site (http or https, path "/", no query or fragment)',
        values: [{ label: '现为', value: site.base_url }],
      });
    }
  });
  return findings;
}

export function checkPortalList(path: string): CheckedPortalList {
  const absolute = resolve(path);
  const file = displayFile(absolute);
  if (!existsSync(absolute)) {
    return { findings: [{ severity: 'error', rule: 'layout/missing-file', file, line: 1, col: 1, path: '', message: `找不到站点列表文件 ${file}`, messageEn: `No such file: ${file}` }] };
  }
  const findings: Finding[] = [];
  const source = parseYamlSource(file, readText(absolute), 0, () => readText(absolute));
  const parsed = parseWithSchema(source, portalList, findings);
  if (!parsed.data) return { findings };
  findings.push(...portalListRules(parsed.data).map((finding) => placeFinding(source, finding)));
  return findings.length ? { findings } : { list: parsed.data, findings };
}
