/**
 * The search page's client: reads the query and filters from the URL, searches the index bundles the year choice
 * covers (see search-bundles.ts), renders results as links to the exact section, offers a year or department named
 * in the query as a filter, and announces the count to screen readers. Pagefind is loaded only here.
 */
import { pagefindOptions, paramsFromState, stateFromParams, FILTER_KEYS, type SearchState } from './search-query.ts';
import { gramCounts, queryToBigrams } from './search-text.ts';
import { COMMON_GRAMS_TEXT } from './common-grams.ts';
import { queryTerms } from './snippet.ts';
import { ALL_YEARS, bundlesInScope, coversAllYears, type SearchBundle } from './search-bundles.ts';
import { SearchEngine, type SearchHit } from './search-engine.ts';
import { queryWithout, suggestFilters, type FilterSuggestion, type KnownDepartment } from './filter-suggestions.ts';
import { resultItem, siteWhere } from './result-list.ts';
import { wireSearchForm } from './search-form.ts';
import { rankByNaming } from './search-hits.ts';

const PAGE_SIZE = 10;
const INDEX = '/pagefind/';
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-query') as HTMLInputElement;
const status = document.getElementById('search-status')!;
const scope = document.getElementById('search-scope')!;
const suggestions = document.getElementById('search-suggestions')!;
const list = document.getElementById('search-results')!;
const more = document.getElementById('search-more') as HTMLButtonElement;
const yearMenu = form.elements.namedItem('year') as HTMLSelectElement;
const departmentMenu = form.elements.namedItem('department') as HTMLSelectElement;

const bundles = JSON.parse(form.dataset.bundles ?? '[]') as SearchBundle[];
const counts = gramCounts(COMMON_GRAMS_TEXT);
const engine = new SearchEngine(new URL(`${INDEX}pagefind.js`, location.href).href);
const years = [...yearMenu.options].map((option) => option.value).filter((value) => /^\d{4}$/.test(value));
const departments: KnownDepartment[] = [...departmentMenu.options].filter((option) => option.value)
  .map((option) => ({ name: option.value, aliases: (option.dataset.aliases ?? '').split('|').filter(Boolean) }));

function readForm(): SearchState {
  return stateFromParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function writeForm(state: SearchState): void {
  input.value = state.query;
  for (const key of FILTER_KEYS) (form.elements.namedItem(key) as HTMLSelectElement).value = state.filters[key] ?? '';
  (form.elements.namedItem('sort') as HTMLSelectElement).value = state.sort;
}

/**
 * The bundles to search: those the year choice covers. Sorted by year over several bundles, each bundle's scores are
 * weighted by its year, so Pagefind's merge (by score) keeps newer years first.
 */
function sources(state: SearchState) {
  const chosen = bundlesInScope(bundles, state.filters.year);
  const newest = (bundle: SearchBundle) => bundle.years[0] ?? '';
  const byAge = [...chosen].sort((a, b) => newest(a).localeCompare(newest(b)));
  return chosen.map((bundle) => ({
    url: new URL(`${INDEX}${bundle.path}`, location.href).href,
    weight: state.sort === 'year' && chosen.length > 1 ? 1000 ** byAge.indexOf(bundle) : 1,
  }));
}

let terms: string[] = [];
let byYear = false;
let hits: SearchHit[] = [];
let shown = 0;

async function showMore(): Promise<void> {
  const next = hits.slice(shown, shown + PAGE_SIZE);
  const loaded = await Promise.all(next.map(async (hit) => ({ data: await hit.data() })));
  // The first results shown answer first (a table or project named by the query), unless sorted by year; later pages
  // keep Pagefind's order.
  const ordered = shown === 0 && !byYear ? rankByNaming(loaded, terms) : loaded;
  for (const { data: item } of ordered) list.append(resultItem(item, terms, siteWhere(item)));
  shown += next.length;
  more.hidden = shown >= hits.length;
}

/** What was searched, when it was not every year: the default bundle or one year, with a button to widen. */
function showScope(state: SearchState): void {
  scope.replaceChildren();
  if (coversAllYears(bundles, state.filters.year)) return;
  const [searched] = bundlesInScope(bundles, state.filters.year);
  const note = searched?.siteWide ? `本次只搜索了${searched.years.join('、')}年的公开文件和各部门页面。` : `本次只搜索了${state.filters.year}年的公开文件。`;
  const widen = document.createElement('button');
  widen.type = 'button';
  widen.textContent = '搜索全部年度';
  widen.addEventListener('click', () => void run({ ...state, filters: { ...state.filters, year: ALL_YEARS } }, true));
  scope.append(note, ' ', widen);
}

function showSuggestions(state: SearchState): void {
  suggestions.replaceChildren();
  const offered = suggestFilters(state.query, years, departments, { ...(state.filters.year && state.filters.year !== ALL_YEARS ? { year: state.filters.year } : {}), ...(state.filters.department ? { department: state.filters.department } : {}) });
  if (!offered.length) return;
  suggestions.append('按查询词筛选：');
  for (const suggestion of offered) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = suggestion.key === 'year' ? `只看${suggestion.value}年` : `只看${suggestion.value}`;
    button.addEventListener('click', () => void run(applySuggestion(state, suggestion), true));
    suggestions.append(' ', button);
  }
}

const applySuggestion = (state: SearchState, suggestion: FilterSuggestion): SearchState =>
  ({ ...state, query: queryWithout(state.query, suggestion.term), filters: { ...state.filters, [suggestion.key]: suggestion.value } });

async function run(state: SearchState, push: boolean): Promise<void> {
  writeForm(state);
  const params = paramsFromState(state).toString();
  const url = `${location.pathname}${params ? `?${params}` : ''}`;
  if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
  list.replaceChildren();
  scope.replaceChildren();
  suggestions.replaceChildren();
  more.hidden = true;
  if (!state.query && Object.keys(state.filters).length === 0) {
    status.textContent = '请输入要搜索的内容。';
    return;
  }
  status.textContent = '正在搜索……';
  terms = queryTerms(state.query);
  byYear = state.sort === 'year';
  try {
    const failures = await engine.use(sources(state));
    if (failures.length) throw new Error(failures.map((failure) => failure.reason).join('；'));
    hits = await engine.search(state.query ? queryToBigrams(state.query, counts) : null, pagefindOptions(state));
  } catch {
    status.textContent = '搜索暂时无法使用，请按年度或部门浏览。';
    return;
  }
  // The lines above the results first, then the results, so nothing already shown moves down.
  showScope(state);
  showSuggestions(state);
  shown = 0;
  await showMore();
  // Announced once the results are on the page, so a screen reader can go straight to them.
  status.textContent = hits.length ? `在 ${hits.length} 组内容中找到${state.query ? `“${state.query}”` : '结果'}。` : `没有找到${state.query ? `“${state.query}”的` : ''}结果。可以换一个词，或减少筛选条件。`;
}

wireSearchForm({ form, more, readForm, fromAddress: stateFromParams, run, showMore, preload: (state) => engine.use(sources(state)) });
