/**
 * The provincial portal's data: its checked list of sites (src/validation/portal-list.ts), shared with the portal's
 * pages through a process-wide slot by scripts/portal.ts, and the portal's own search pages (one per site, so the
 * portal's index names every site it searches).
 */
import type { PortalList, PortalSite } from '../schemas/portal.ts';
import { SECTION_KINDS, type SearchPage } from './search-records.ts';

const SLOT = Symbol.for('budget-disclosure-publisher.portal-list');
type Slot = { [SLOT]?: PortalList };

export function sharePortalList(list: PortalList): void {
  (globalThis as Slot)[SLOT] = list;
}

export function getPortalList(): PortalList {
  const list = (globalThis as Slot)[SLOT];
  if (!list) throw new Error('门户站点列表未加载：请用 npm run portal 构建门户。(The portal is built by npm run portal.)');
  return list;
}

/** The origins the portal's search fetches from (for its Content-Security-Policy). */
export const siteOrigins = (list: PortalList): string[] => [...new Set(list.sites.map((site) => new URL(site.base_url).origin))];

/** The sites by region, regions in Chinese collation order, sites in list order. */
export function sitesByRegion(list: PortalList): Array<[string, PortalSite[]]> {
  const groups = new Map<string, PortalSite[]>();
  for (const site of list.sites) groups.set(site.region, [...(groups.get(site.region) ?? []), site]);
  return [...groups].sort((a, b) => a[0].localeCompare(b[0], 'zh-CN'));
}

export function portalSearchPages(list: PortalList): SearchPage[] {
  return list.sites.map((site) => ({
    url: `/sites/${site.id}/search/`, target: site.base_url, kind: SECTION_KINDS.site, title: `${site.name}预算决算公开平台`,
    meta: { site: site.name },
    filters: { kind: [SECTION_KINDS.site], region: [site.region] },
    sort: { year: '0' },
    sections: [{ anchor: 'top', title: `${site.name}预算决算公开平台`, text: `${site.region} ${site.name} 部门预算 部门决算 绩效目标 公开` }],
  }));
}
