/**
 * The provincial portal's search client: reads each listed site's list of index bundles (from the site itself, at the
 * time of the search, so a site that republishes is searched as it now is), merges the bundles the search covers into
 * one Pagefind search with the portal's own small index, and links every result to the site that published it. A site
 * that cannot be reached is named on the page; the others are searched.
 */
import { gramCounts, queryToBigrams } from './search-text.ts';
import { COMMON_GRAMS_ID, COMMON_GRAMS_TEXT } from './common-grams.ts';
import { queryTerms } from './snippet.ts';
import { SEARCH_BUNDLES_FILE } from './search-bundles.ts';
import { SearchEngine, type SearchHit } from './search-engine.ts';
import { rankByNaming, type PagefindResultData } from './search-hits.ts';
import { resultItem, siteWhere } from './result-list.ts';
import { wireSearchForm } from './search-form.ts';
import {
  bundlesListUrl, portalParams, portalStateFromParams, siteBundleUrls, siteIndex, siteOfUrl, sitesInScope, unreachableNotice,
  type PortalSiteRef, type PortalState, type SiteIndex,
} from './portal-search.ts';

const PAGE_SIZE = 10;
const INDEX = new URL('/pagefind/', location.href).href;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-query') as HTMLInputElement;
const status = document.getElementById('search-status')!;
const unreachable = document.getElementById('search-unreachable')!;
const list = document.getElementById('search-results')!;
const more = document.getElementById('search-more') as HTMLButtonElement;
const sites = JSON.parse(form.dataset.sites ?? '[]') as PortalSiteRef[];
const counts = gramCounts(COMMON_GRAMS_TEXT);
const engine = new SearchEngine(`${INDEX}pagefind.js`);

/** Fetches JSON for siteIndex: the value, or what went wrong. */
async function fetchJson(url: string): Promise<{ json: unknown } | { status: number } | { error: unknown } | { invalidJson: true }> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    return { error };
  }
  if (!response.ok) return { status: response.status };
  try {
    return { json: await response.json() };
  } catch {
    return { invalidJson: true };
  }
}

/** The Pagefind version of the portal's own index: the merged indexes must have been written by the same. */
const ownVersion = fetchJson(`${INDEX}${SEARCH_BUNDLES_FILE}`).then((own) => ('json' in own ? String((own.json as { pagefind?: unknown }).pagefind) : ''));

/** Each site's list of bundles, read once per visit. */
const indexes = new Map<string, Promise<SiteIndex>>();
function indexOf(site: PortalSiteRef): Promise<SiteIndex> {
  let pending = indexes.get(site.id);
  if (!pending) {
    pending = Promise.all([fetchJson(bundlesListUrl(site)), ownVersion]).then(([response, pagefind]) => siteIndex(site, response, { pagefind, grams: COMMON_GRAMS_ID }));
    indexes.set(site.id, pending);
  }
  return pending;
}

function readForm(): PortalState {
  return portalStateFromParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function writeForm(state: PortalState): void {
  input.value = state.query;
  for (const key of ['region', 'site', 'year'] as const) (form.elements.namedItem(key) as HTMLSelectElement).value = state[key] ?? '';
}

/** Makes the sites the state covers the search's bundles; returns the sites left out and why. */
async function useSites(state: PortalState): Promise<Array<{ site: PortalSiteRef; problem: string }>> {
  const read = await Promise.all(sitesInScope(sites, state).map(indexOf));
  const failed = read.filter((index): index is Extract<SiteIndex, { problem: string }> => 'problem' in index).map(({ site, problem }) => ({ site, problem }));
  const urls = read.flatMap((index) => ('bundles' in index ? siteBundleUrls(index.site, index.bundles, state) : []));
  const left = await engine.use([INDEX, ...urls].map((url) => ({ url, weight: 1 })));
  for (const failure of left) {
    const site = siteOfUrl(sites, failure.url);
    if (site && !failed.some((entry) => entry.site === site)) failed.push({ site, problem: `无法加载索引（${failure.reason}）` });
  }
  return failed;
}

/** Where a result is from: the site, then department, year, stage and kind (the portal's own pages name their site). */
function where(data: PagefindResultData): string[] {
  const site = siteOfUrl(sites, new URL(data.url, location.href).href);
  return [site?.name ?? data.meta.site ?? '', ...siteWhere(data)];
}

let terms: string[] = [];
let hits: SearchHit[] = [];
let shown = 0;

async function showMore(): Promise<void> {
  const next = hits.slice(shown, shown + PAGE_SIZE);
  const loaded = await Promise.all(next.map(async (hit) => ({ data: await hit.data() })));
  const ordered = shown === 0 ? rankByNaming(loaded, terms) : loaded;
  for (const { data } of ordered) list.append(resultItem(data, terms, where(data)));
  shown += next.length;
  more.hidden = shown >= hits.length;
}

async function run(state: PortalState, push: boolean): Promise<void> {
  writeForm(state);
  const params = portalParams(state).toString();
  const url = `${location.pathname}${params ? `?${params}` : ''}`;
  if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
  list.replaceChildren();
  more.hidden = true;
  if (!state.query) {
    status.textContent = '请输入要搜索的内容。';
    unreachable.textContent = '';
    return;
  }
  status.textContent = '正在搜索……';
  terms = queryTerms(state.query);
  try {
    const failed = await useSites(state);
    unreachable.textContent = unreachableNotice(failed);
    hits = await engine.search(queryToBigrams(state.query, counts), {});
  } catch {
    status.textContent = '搜索暂时无法使用，请从下方的列表进入各公开平台浏览。';
    return;
  }
  shown = 0;
  await showMore();
  const searched = sitesInScope(sites, state).length;
  status.textContent = hits.length
    ? `在 ${hits.length} 组内容中找到“${state.query}”（共搜索 ${searched} 个公开平台）。`
    : `没有找到“${state.query}”的结果。可以换一个词，或减少筛选条件。`;
}

wireSearchForm({ form, more, readForm, fromAddress: portalStateFromParams, run, showMore, preload: useSites });
