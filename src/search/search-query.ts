/**
 * Search state in the URL (so a search can be shared and survives a reload), and the Pagefind filter object
 * it maps to. Pure: no DOM.
 */
import { ALL_YEARS } from './search-bundles.ts';

export const FILTER_KEYS = ['year', 'department', 'region', 'stage', 'kind'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  readonly query: string;
  readonly filters: Partial<Record<FilterKey, string>>;
  readonly sort: 'relevance' | 'year';
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: Partial<Record<FilterKey, string>> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return { query: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'year' ? 'year' : 'relevance' };
}

export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of FILTER_KEYS) if (state.filters[key]) params.set(key, state.filters[key]!);
  if (state.sort === 'year') params.set('sort', 'year');
  return params;
}

export function pagefindOptions(state: SearchState): { filters: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> } {
  const filters: Record<string, string> = {};
  // "All years" widens the search to every bundle (see search-bundles.ts); it filters nothing.
  for (const key of FILTER_KEYS) if (state.filters[key] && !(key === 'year' && state.filters[key] === ALL_YEARS)) filters[key] = state.filters[key]!;
  return { filters, ...(state.sort === 'year' ? { sort: { year: 'desc' as const } } : {}) };
}
