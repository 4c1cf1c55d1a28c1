/**
 * Pagefind in the browser over a set of index bundles: the site's own (one or several years) or, on a provincial
 * portal, many sites' bundles merged into one search. Pagefind (script and WebAssembly) is loaded once, from this
 * page's own index folder; the first bundle of a set is Pagefind's main index and the others are merged into it.
 * A bundle that cannot be loaded is dropped from the set (and reported), never left to stall the search.
 */
import type { PagefindResultData } from './search-hits.ts';

/** The parts of Pagefind's JavaScript API this page uses (pagefind.js of the version in package.json). */
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  destroy(): Promise<void>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: Record<string, unknown>): Promise<{ results: SearchHit[] }>;
}

export interface SearchHit {
  readonly id: string;
  readonly score: number;
  data(): Promise<PagefindResultData>;
}

export interface BundleSource {
  /** Absolute URL of the bundle's folder (ends with "/"). */
  readonly url: string;
  /** Pagefind's indexWeight for the bundle: its results' scores are multiplied by it. */
  readonly weight: number;
}

export interface BundleFailure {
  readonly url: string;
  readonly reason: string;
}

/** A search that has not answered by then is given up (a bundle that failed half-way would otherwise stall it). */
const SEARCH_TIMEOUT_MS = 30_000;

const failureReason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class SearchEngine {
  private module: Promise<PagefindModule> | undefined;
  private current = '';
  /** Changes of the set run one after the other (Pagefind has one set at a time). */
  private queue: Promise<unknown> = Promise.resolve();

  private readonly pagefindScript: string;
  private readonly excerptLength: number;

  /** `pagefindScript`: URL of pagefind.js in this page's own index folder. */
  constructor(pagefindScript: string, excerptLength = 40) {
    this.pagefindScript = pagefindScript;
    this.excerptLength = excerptLength;
  }

  private load(): Promise<PagefindModule> {
    this.module ??= import(/* @vite-ignore */ this.pagefindScript) as Promise<PagefindModule>;
    return this.module;
  }

  /**
   * Makes `sources` the bundles searched (nothing to do when they already are). Each bundle's entry file is fetched
   * first: one that does not answer is left out and returned as a failure, with the others still searched.
   */
  use(sources: readonly BundleSource[]): Promise<BundleFailure[]> {
    const next = this.queue.then(() => this.replace(sources));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async replace(sources: readonly BundleSource[]): Promise<BundleFailure[]> {
    const key = JSON.stringify(sources);
    if (key === this.current) return [];
    const failures: BundleFailure[] = [];
    const reachable: BundleSource[] = [];
    await Promise.all(sources.map(async (source) => {
      try {
        const response = await fetch(`${source.url}pagefind-entry.json`);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        await response.json();
      } catch (error) {
        failures.push({ url: source.url, reason: failureReason(error) });
      }
    }));
    for (const source of sources) if (!failures.some((failure) => failure.url === source.url)) reachable.push(source);
    const pagefind = await this.load();
    // Pagefind cannot take a bundle out of its search, so a new set starts afresh; files already fetched come from
    // the browser's cache.
    await pagefind.destroy();
    this.current = '';
    const [main, ...merged] = reachable;
    if (!main) return failures;
    await pagefind.options({ basePath: main.url, excerptLength: this.excerptLength, indexWeight: main.weight });
    await pagefind.init();
    for (const source of merged) {
      try {
        await withTimeout(pagefind.mergeIndex(source.url, { indexWeight: source.weight, excerptLength: this.excerptLength }), '索引加载超时');
      } catch (error) {
        // A merged bundle that failed would stall every later search: start again without it.
        failures.push({ url: source.url, reason: failureReason(error) });
        return [...failures, ...(await this.replace(reachable.filter((other) => other !== source)))];
      }
    }
    this.current = key;
    return failures;
  }

  /** Runs a search over the bundles in use (a null query lists what the filters select). */
  async search(query: string | null, options: Record<string, unknown>): Promise<SearchHit[]> {
    const pagefind = await this.load();
    return (await withTimeout(pagefind.search(query, options), '搜索超时')).results;
  }
}

/** Gives up on a step of Pagefind's that has not answered in time (it would otherwise wait for ever). */
async function withTimeout<T>(step: Promise<T>, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(message)), SEARCH_TIMEOUT_MS); });
  try {
    return await Promise.race([step, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
