/**
 * The search page's client: reads the query and filters from the URL, asks Pagefind (self-hosted, loaded only
 * here), renders results as a list of links to the exact section, and announces the count to screen readers.
 */
import { pagefindOptions, paramsFromState, stateFromParams, FILTER_KEYS, type SearchState } from './search-query.ts';
import { bigramsToText, COMMON_GRAMS_FILE, gramCounts, queryToBigrams, type GramCounts } from './search-text.ts';
import { queryTerms, snippet } from './snippet.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt?: string;
  locations?: number[];
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: PagefindSubResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: Record<string, unknown>): Promise<{ results: Array<{ id: string; data(): Promise<PagefindResultData> }> }>;
}

const PAGE_SIZE = 10;
const MAX_SECTIONS = 5;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-query') as HTMLInputElement;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
const more = document.getElementById('search-more') as HTMLButtonElement;
document.getElementById('search-no-js')?.setAttribute('hidden', '');
form.removeAttribute('hidden');

const PAGEFIND = '/pagefind/';
let loading: Promise<{ pagefind: Pagefind; counts: GramCounts }> | undefined;
/** Pagefind (script, WebAssembly, page list) and the index's common bigrams; the filter index is loaded only when a filter is used. */
function load(): Promise<{ pagefind: Pagefind; counts: GramCounts }> {
  loading ??= Promise.all([
    (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${PAGEFIND}pagefind.js`)) as Pagefind;
      await pagefind.options({ excerptLength: 60 });
      await pagefind.init();
      return pagefind;
    })(),
    // The index marks its common bigrams: without the list, queries could not be written the way the index is.
    fetch(`${PAGEFIND}${COMMON_GRAMS_FILE}`).then((response) => {
      if (!response.ok) throw new Error(`${COMMON_GRAMS_FILE}: ${response.status}`);
      return response.json() as Promise<string>;
    }),
  ]).then(([pagefind, common]) => ({ pagefind, counts: gramCounts(common) }));
  return loading;
}

function readForm(): SearchState {
  return stateFromParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function writeForm(state: SearchState): void {
  input.value = state.query;
  for (const key of FILTER_KEYS) (form.elements.namedItem(key) as HTMLSelectElement).value = state.filters[key] ?? '';
  (form.elements.namedItem('sort') as HTMLSelectElement).value = state.sort;
}

/** Pagefind's excerpt (index-form words, escaped, hits in <mark>) as readable text. */
const readable = (excerpt: string | undefined) =>
  bigramsToText((excerpt ?? '').replace(/<\/?mark>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'));

/** The sections of a result that hold the hits, each linking to its anchor on the real page. */
function hitSections(data: PagefindResultData): Array<{ title: string; href: string; text: string }> {
  const target = data.meta.url ?? data.url;
  // Sections with the most hits first (a title naming the query first of all); a long document shows its best five.
  const score = (sub: PagefindSubResult) => (terms.some((term) => sub.title.includes(term)) ? 1000 : 0) + (sub.locations?.length ?? 0);
  const subs = (data.sub_results ?? []).filter((sub) => (sub.locations?.length ?? 0) > 0).sort((a, b) => score(b) - score(a)).slice(0, MAX_SECTIONS);
  const sections = (subs.length ? subs : (data.sub_results ?? []).slice(0, 1)).map((sub) => {
    const anchor = decodeURIComponent(new URL(sub.url, location.href).hash.slice(1));
    return { title: sub.title, href: anchor && anchor !== 'top' ? `${target}#${anchor}` : target, text: readable(subs.length ? sub.excerpt : data.excerpt) };
  });
  return sections.length ? sections : [{ title: data.meta.title ?? target, href: target, text: readable(data.excerpt) }];
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h3');
  heading.textContent = data.meta.title ?? '';
  const where = document.createElement('p');
  where.className = 'result-where';
  where.textContent = [data.meta.department, data.meta.year && `${data.meta.year}年`, data.meta.stage, data.meta.kind].filter(Boolean).join(' · ');
  const sections = document.createElement('ul');
  sections.className = 'result-sections';
  for (const section of hitSections(data)) {
    const entry = document.createElement('li');
    const link = document.createElement('a');
    link.href = section.href;
    link.textContent = section.title;
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    // Pagefind's excerpt is in index form (bigrams): made readable again, then cut around the reader's words.
    for (const part of snippet(section.text, terms)) {
      if (part.hit) { const mark = document.createElement('mark'); mark.textContent = part.text; excerpt.append(mark); }
      else excerpt.append(document.createTextNode(part.text));
    }
    entry.append(link, excerpt);
    sections.append(entry);
  }
  item.append(heading, where, sections);
  return item;
}

let terms: string[] = [];

let currentResults: Array<{ data(): Promise<PagefindResultData> }> = [];
let shown = 0;

async function showMore(): Promise<void> {
  const next = currentResults.slice(shown, shown + PAGE_SIZE);
  const data = await Promise.all(next.map((result) => result.data()));
  for (const item of data) list.append(resultItem(item));
  shown += next.length;
  more.hidden = shown >= currentResults.length;
}

async function run(state: SearchState, push: boolean): Promise<void> {
  const params = paramsFromState(state).toString();
  const url = `${location.pathname}${params ? `?${params}` : ''}`;
  if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
  list.replaceChildren();
  more.hidden = true;
  if (!state.query && Object.keys(state.filters).length === 0) {
    status.textContent = '请输入要搜索的内容。';
    return;
  }
  status.textContent = '正在搜索……';
  terms = queryTerms(state.query);
  const { pagefind, counts } = await load();
  const search = await pagefind.search(state.query ? queryToBigrams(state.query, counts) : null, pagefindOptions(state));
  currentResults = search.results;
  shown = 0;
  await showMore();
  // Announced once the results are on the page, so a screen reader can go straight to them.
  status.textContent = currentResults.length ? `在 ${currentResults.length} 组内容中找到${state.query ? `“${state.query}”` : '结果'}。` : `没有找到${state.query ? `“${state.query}”的` : ''}结果。可以换一个词，或减少筛选条件。`;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(readForm(), true);
});
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).tagName === 'SELECT') void run(readForm(), true);
});
more.addEventListener('click', () => void showMore());
window.addEventListener('popstate', () => {
  const state = stateFromParams(new URLSearchParams(location.search));
  writeForm(state);
  void run(state, false);
});

const initial = stateFromParams(new URLSearchParams(location.search));
writeForm(initial);
void load().then(() => run(initial, false)).catch(() => {
  status.textContent = '搜索暂时无法使用，请按年度或部门浏览。';
});
