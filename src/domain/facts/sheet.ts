/**
 * A disclosure's fact sheet: every reading of every fact, this year's and last year's, with the preferred figure
 * of each. Last year's figures come from two places, merged here once for pages and checks alike: what this
 * disclosure prints as 上年数 (preferred), then last year's disclosure of the same stage, when the site has it.
 * Built for every disclosure of every check, so it indexes once and shares what it can (see withLastYear).
 */
import type { Money } from '../money.ts';
import { factDefinition } from './catalogue.ts';
import { NAMED_PARAMETER, PREVIOUS_DISCLOSURE, factParameter, type FactPeriod, type FactReading } from './reading.ts';

export interface FactSheet {
  readonly readings: readonly FactReading[];
  /** Readings of a fact in a period, preferred first. */
  readingsOf(fact: string, period?: FactPeriod): readonly FactReading[];
  /** The preferred reading with a figure, else the preferred blank one; undefined when nothing states the fact. */
  reading(fact: string, period?: FactPeriod): FactReading | undefined;
  /** The preferred figure, or undefined (blank or not stated). */
  value(fact: string, period?: FactPeriod): Money | undefined;
  /** The names of the facts stated in a period. */
  names(period?: FactPeriod): Iterable<string>;
  /** Every fact with a figure in a period, by name (for pages). */
  values(period?: FactPeriod): ReadonlyMap<string, Money>;
}

type Index = ReadonlyMap<string, readonly FactReading[]>;
const NONE: readonly FactReading[] = [];
const EMPTY: Index = new Map();

class IndexedSheet implements FactSheet {
  private cache?: Map<FactPeriod, Map<string, Money>>;
  readonly readings: readonly FactReading[];
  readonly indices: ReadonlyMap<FactPeriod, Index>;
  constructor(readings: readonly FactReading[], indices: ReadonlyMap<FactPeriod, Index>) {
    this.readings = readings;
    this.indices = indices;
  }

  private index(period: FactPeriod): Index {
    return this.indices.get(period) ?? EMPTY;
  }

  readingsOf(fact: string, period: FactPeriod = 'current'): readonly FactReading[] {
    return this.index(period).get(fact) ?? NONE;
  }

  reading(fact: string, period: FactPeriod = 'current'): FactReading | undefined {
    const list = this.readingsOf(fact, period);
    for (const item of list) if (item.value !== undefined) return item;
    return list[0];
  }

  value(fact: string, period: FactPeriod = 'current'): Money | undefined {
    return this.reading(fact, period)?.value;
  }

  names(period: FactPeriod = 'current'): Iterable<string> {
    return this.index(period).keys();
  }

  values(period: FactPeriod = 'current'): ReadonlyMap<string, Money> {
    this.cache ??= new Map();
    let map = this.cache.get(period);
    if (!map) {
      map = new Map();
      for (const name of this.names(period)) {
        const value = this.value(name, period);
        if (value) map.set(name, value);
      }
      this.cache.set(period, map);
    }
    return map;
  }
}

/** Builds the sheet from readings in the order they were made (the table registry's order). */
export function buildFactSheet(readings: readonly FactReading[]): FactSheet {
  const resolved = resolveNamedParameters(readings);
  const indices = new Map<FactPeriod, Map<string, FactReading[]>>();
  for (const item of resolved) {
    let index = indices.get(item.period);
    if (!index) indices.set(item.period, (index = new Map()));
    const list = index.get(item.fact);
    if (list) list.push(item);
    else index.set(item.fact, [item]);
  }
  for (const index of indices.values()) for (const list of index.values()) if (list.length > 1) sortByPreference(list);
  return new IndexedSheet(resolved, indices);
}

/** Preferred sources first (the catalogue's `prefer`), then the order of reading; a stable sort. */
function sortByPreference(list: FactReading[]): void {
  const prefer = factDefinition(list[0]!.fact)?.prefer;
  if (!prefer) return;
  const rank = (item: FactReading) => {
    const index = prefer.indexOf(item.source);
    return index < 0 ? prefer.length : index;
  };
  list.sort((a, b) => rank(a) - rank(b));
}

/** 支出:@一般公共服务支出 becomes 支出:201 where another reading of 支出 prints 201 with that name. */
function resolveNamedParameters(readings: readonly FactReading[]): readonly FactReading[] {
  let named = false;
  for (const item of readings) if (item.fact.includes(`:${NAMED_PARAMETER}`)) { named = true; break; }
  if (!named) return readings;
  const codeByName = new Map<string, string>();
  for (const item of readings) {
    const [base, parameter] = factParameter(item.fact);
    if (parameter && !parameter.startsWith(NAMED_PARAMETER) && item.label !== undefined) {
      const key = `${item.period}|${base}|${item.label}`;
      if (!codeByName.has(key)) codeByName.set(key, parameter);
    }
  }
  return readings.map((item) => {
    const [base, parameter] = factParameter(item.fact);
    if (!parameter?.startsWith(NAMED_PARAMETER)) return item;
    const code = codeByName.get(`${item.period}|${base}|${parameter.slice(1)}`);
    return code ? { ...item, fact: `${base}:${code}` } : item;
  });
}

/**
 * A disclosure's own sheet with last year's disclosure's figures added as last year's readings, after this
 * disclosure's own 上年数 (which are preferred). This year's readings are shared with the own sheet, not indexed
 * again. Paths are dropped: they point into the other disclosure's files.
 */
export function withLastYear(own: FactSheet, previous: FactSheet | undefined): FactSheet {
  if (!previous) return own;
  if (!(own instanceof IndexedSheet)) throw new Error('withLastYear: a sheet made by buildFactSheet');
  const last = new Map<string, FactReading[]>();
  for (const [name, list] of own.indices.get('last') ?? EMPTY) last.set(name, [...list]);
  const carried: FactReading[] = [];
  // One reading per fact: the figure last year's disclosure states (its preferred reading, as its own pages show).
  for (const fact of previous.names('current')) {
    const item = previous.reading(fact)!;
    const copy: FactReading = { fact, period: 'last', value: item.value, source: PREVIOUS_DISCLOSURE, at: undefined, label: item.label, line: undefined, offset: undefined, origin: item.source };
    carried.push(copy);
    const list = last.get(fact);
    // Appended: every own reading ranks before PREVIOUS_DISCLOSURE, which no fact prefers.
    if (list) list.push(copy);
    else last.set(fact, [copy]);
  }
  const indices = new Map(own.indices);
  indices.set('last', last);
  return new IndexedSheet([...own.readings, ...carried], indices);
}
