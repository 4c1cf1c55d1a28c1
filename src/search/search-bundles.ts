/**
 * The search index in bundles. Opening the search page loads Pagefind's page list, about 10 bytes for every index
 * page: at 10,000 disclosures (about 42,000 index pages) that alone was 420 KB. A site larger than one bundle holds
 * is therefore indexed as one Pagefind bundle per year: the latest year together with the department and glossary
 * pages (the default scope, searched first) and each earlier year on its own, merged in the browser only when a
 * reader picks that year or widens the search to all years. A small site is one bundle, searched whole.
 *
 * The bundles are listed in SEARCH_BUNDLES_FILE next to the default bundle; the search page and a provincial
 * portal read it to know what to merge. Pure: no DOM, no Node.
 */

/** The list of bundles, written into the default bundle's folder (pagefind/). */
export const SEARCH_BUNDLES_FILE = 'search-bundles.json';
/** Version of SEARCH_BUNDLES_FILE's layout; a reader refuses other versions. */
export const SEARCH_BUNDLES_FORMAT = 1;

/**
 * Most index pages (an estimate: four a disclosure, see estimatedPages) one bundle should hold: its page list is
 * then at most about 60 KB, which keeps opening the search page within 150 KB.
 */
export const MAX_BUNDLE_PAGES = 6000;

export interface SearchBundle {
  /** Folder of the bundle relative to the default bundle's folder: '' for the default bundle, '2023/' for a year. */
  readonly path: string;
  /** The years of the disclosures in it. */
  readonly years: readonly string[];
  /** True for the bundle holding the pages that belong to no year (departments, glossary): the default scope. */
  readonly siteWide: boolean;
}

export interface SearchBundles {
  readonly format: typeof SEARCH_BUNDLES_FORMAT;
  /** Pagefind version that wrote the bundles (a merging page must run the same). */
  readonly pagefind: string;
  /** Id of the common-bigram list the index was written with (see common-grams.ts); queries must use the same. */
  readonly grams: string;
  readonly bundles: ReadonlyArray<SearchBundle & { readonly pages: number }>;
}

/** Index pages a site will have, estimated alike by the index writer and the search page (so both plan the same bundles). */
export const estimatedPages = (disclosures: number) => disclosures * 4;

/**
 * The bundles of a site: one when everything fits in `maxPages`; otherwise one per year, the latest with the site-wide
 * pages. `disclosuresByYear` counts the disclosures of each year.
 */
export function planSearchBundles(disclosuresByYear: ReadonlyMap<string, number>, siteWidePages: number, maxPages = MAX_BUNDLE_PAGES): SearchBundle[] {
  const years = [...disclosuresByYear.keys()].sort((a, b) => b.localeCompare(a));
  const total = siteWidePages + [...disclosuresByYear.values()].reduce((sum, n) => sum + estimatedPages(n), 0);
  if (total <= maxPages || years.length <= 1) return [{ path: '', years, siteWide: true }];
  return years.map((year, i) => (i === 0 ? { path: '', years: [year], siteWide: true } : { path: `${year}/`, years: [year], siteWide: false }));
}

/** The bundle an index page goes into: by its year, or the site-wide bundle for a page of no single year. */
export function bundleOf(bundles: readonly SearchBundle[], year: string | undefined): SearchBundle {
  const siteWide = bundles.find((bundle) => bundle.siteWide) ?? bundles[0]!;
  if (year === undefined) return siteWide;
  return bundles.find((bundle) => bundle.years.includes(year)) ?? siteWide;
}

/** The year menu's value that searches every bundle (only offered when there are several). */
export const ALL_YEARS = 'all';

/**
 * The bundles a search covers: with no year chosen, the default (site-wide) bundle; ALL_YEARS, every bundle (the
 * default first: Pagefind treats the first as its main index); a year, the bundle holding it.
 */
export function bundlesInScope<B extends SearchBundle>(bundles: readonly B[], year: string | undefined): B[] {
  const siteWide = bundles.find((bundle) => bundle.siteWide) ?? bundles[0];
  if (!siteWide) return [];
  if (year === ALL_YEARS) return [siteWide, ...bundles.filter((bundle) => bundle !== siteWide)];
  if (!year) return [siteWide];
  const holding = bundles.find((bundle) => bundle.years.includes(year));
  return [holding ?? siteWide];
}

/** Whether a search with this year choice covers every year of the site. */
export const coversAllYears = (bundles: readonly SearchBundle[], year: string | undefined) => bundles.length === 1 || year === ALL_YEARS;

/**
 * Reads a SEARCH_BUNDLES_FILE fetched from a site: the bundles, or why they cannot be used (in Chinese, for the
 * page). `expected` is what this page's search runs: the same Pagefind version and common-bigram list.
 */
export function readSearchBundles(json: unknown, expected: { pagefind: string; grams: string }): { bundles: SearchBundles } | { problem: string } {
  if (typeof json !== 'object' || json === null) return { problem: '索引清单不是有效的 JSON 对象' };
  const value = json as Partial<SearchBundles>;
  if (value.format !== SEARCH_BUNDLES_FORMAT) return { problem: `索引清单格式为 ${String(value.format)}，本页面只能读取格式 ${SEARCH_BUNDLES_FORMAT}` };
  if (value.pagefind !== expected.pagefind) return { problem: `索引由 Pagefind ${String(value.pagefind)} 生成，本页面使用 ${expected.pagefind}（需用同一版本的发布程序重新生成）` };
  if (value.grams !== expected.grams) return { problem: `索引使用的常用字词表（${String(value.grams)}）与本页面（${expected.grams}）不同（需用同一版本的发布程序重新生成）` };
  const bundles = value.bundles;
  const valid = Array.isArray(bundles) && bundles.length > 0 && bundles.every((bundle) =>
    typeof bundle === 'object' && bundle !== null && typeof bundle.path === 'string' && /^(\d{4}\/)?$/.test(bundle.path)
    && Array.isArray(bundle.years) && bundle.years.every((year: unknown) => typeof year === 'string') && typeof bundle.siteWide === 'boolean' && typeof bundle.pages === 'number')
    && bundles.filter((bundle) => bundle.siteWide).length === 1;
  if (!valid) return { problem: '索引清单中的分卷列表不完整或有误' };
  return { bundles: value as SearchBundles };
}
