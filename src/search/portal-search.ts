/**
 * The provincial portal's search, the pure part: its state in the URL, which sites a search covers, what each site's
 * list of bundles says, and what the page tells the reader about sites that could not be searched. No DOM.
 */
import { ALL_YEARS, bundlesInScope, readSearchBundles, SEARCH_BUNDLES_FILE, type SearchBundles } from './search-bundles.ts';

export interface PortalSiteRef {
  readonly id: string;
  readonly name: string;
  readonly region: string;
  /** The site's root address (ends with "/"). */
  readonly base_url: string;
}

export interface PortalState {
  readonly query: string;
  readonly region?: string;
  readonly site?: string;
  /** '' or absent: each site's default bundle (its latest year and site-wide pages); ALL_YEARS: every bundle. */
  readonly year?: string;
}

export function portalStateFromParams(params: URLSearchParams): PortalState {
  const value = (key: string) => params.get(key) || undefined;
  const year = value('year');
  return { query: (params.get('q') ?? '').trim(), ...(value('region') ? { region: value('region')! } : {}), ...(value('site') ? { site: value('site')! } : {}), ...(year === ALL_YEARS ? { year } : {}) };
}

export function portalParams(state: PortalState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of ['region', 'site', 'year'] as const) if (state[key]) params.set(key, state[key]!);
  return params;
}

/** The sites a search covers: the one chosen, else those of the region chosen, else all. */
export function sitesInScope<S extends PortalSiteRef>(sites: readonly S[], state: PortalState): S[] {
  return sites.filter((site) => (!state.site || site.id === state.site) && (!state.region || site.region === state.region));
}

/** Where a site publishes its list of bundles. */
export const bundlesListUrl = (site: PortalSiteRef) => new URL(`pagefind/${SEARCH_BUNDLES_FILE}`, site.base_url).href;

/** The folders of a site's bundles the search covers (absolute URLs). */
export function siteBundleUrls(site: PortalSiteRef, bundles: SearchBundles, state: PortalState): string[] {
  return bundlesInScope(bundles.bundles, state.year).map((bundle) => new URL(`pagefind/${bundle.path}`, site.base_url).href);
}

export type SiteIndex = { readonly site: PortalSiteRef; readonly bundles: SearchBundles } | { readonly site: PortalSiteRef; readonly problem: string };

/**
 * What a site's list of bundles gives: the bundles, or why the site cannot be searched. `response` is what fetching
 * bundlesListUrl gave: the parsed JSON, an HTTP status that is not OK, or the error thrown (no connection).
 */
export function siteIndex(site: PortalSiteRef, response: { json: unknown } | { status: number } | { error: unknown } | { invalidJson: true }, expected: { pagefind: string; grams: string }): SiteIndex {
  if ('error' in response) return { site, problem: '无法连接' };
  if ('status' in response) return { site, problem: `无法获取索引清单（HTTP ${response.status}）` };
  if ('invalidJson' in response) return { site, problem: '索引清单不是有效的 JSON' };
  const read = readSearchBundles(response.json, expected);
  return 'problem' in read ? { site, problem: read.problem } : { site, bundles: read.bundles };
}

/** The site a result comes from: the one whose address its URL starts with. */
export function siteOfUrl<S extends PortalSiteRef>(sites: readonly S[], url: string): S | undefined {
  return sites.find((site) => url.startsWith(site.base_url));
}

/** The notice for sites left out of a search (none: empty). */
export function unreachableNotice(failures: ReadonlyArray<{ site: PortalSiteRef; problem: string }>): string {
  if (!failures.length) return '';
  return `以下公开平台暂时无法搜索，结果中不含它们的内容：${failures.map(({ site, problem }) => `${site.name}（${problem}）`).join('；')}。其他平台的结果照常列出。`;
}
