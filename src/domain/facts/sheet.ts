/**
 * A disclosure's fact sheet: every reading of every fact, this year's and last year's, with the preferred figure
 * of each. Last year's figures come from two places, merged here once for pages and checks alike: what this
 * disclosure prints as 上年数 (preferred), then last year's disclosure of the same stage, when the site has it.
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
  /** Every fact with a figure in a period, by name (for pages). */
  values(period?: FactPeriod): ReadonlyMap<string, Money>;
}

/** Builds the sheet from readings in the order they were made (the table registry's order). */
export function buildFactSheet(readings: readonly FactReading[]): FactSheet {
  const resolved = resolveNamedParameters(readings);
  const byKey = new Map<string, FactReading[]>();
  for (const item of resolved) {
    const key = `${item.period}|${item.fact}`;
    const list = byKey.get(key);
    if (list) list.push(item);
    else byKey.set(key, [item]);
  }
  for (const list of byKey.values()) if (list.length > 1) sortByPreference(list);
  const cache = new Map<FactPeriod, Map<string, Money>>();
  const readingsOf = (fact: string, period: FactPeriod = 'current') => byKey.get(`${period}|${fact}`) ?? [];
  const reading = (fact: string, period: FactPeriod = 'current') => {
    const list = readingsOf(fact, period);
    return list.find((item) => item.value !== undefined) ?? list[0];
  };
  return {
    readings: resolved,
    readingsOf,
    reading,
    value: (fact, period = 'current') => reading(fact, period)?.value,
    values(period = 'current') {
      let map = cache.get(period);
      if (!map) {
        map = new Map();
        for (const [key, list] of byKey) {
          if (!key.startsWith(`${period}|`)) continue;
          const found = list.find((item) => item.value !== undefined);
          if (found) map.set(found.fact, found.value!);
        }
        cache.set(period, map);
      }
      return map;
    },
  };
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
  if (!readings.some((item) => item.fact.includes(`:${NAMED_PARAMETER}`))) return readings;
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
 * This disclosure's readings plus last year's disclosure's figures as last year's readings (after this
 * disclosure's own 上年数, which are preferred). Paths are dropped: they point into the other disclosure's files.
 */
export function withLastYear(own: readonly FactReading[], previous: FactSheet | undefined): FactSheet {
  if (!previous) return buildFactSheet(own);
  // One reading per fact: the figure last year's disclosure states (its preferred reading, as its own pages show).
  const carried: FactReading[] = [];
  const seen = new Set<string>();
  for (const { fact, period } of previous.readings) {
    if (period !== 'current' || seen.has(fact)) continue;
    seen.add(fact);
    const item = previous.reading(fact)!;
    carried.push({ fact, period: 'last', value: item.value, source: PREVIOUS_DISCLOSURE, ...(item.label !== undefined ? { label: item.label } : {}) });
  }
  return buildFactSheet([...own, ...carried]);
}
