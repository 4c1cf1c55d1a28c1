/**
 * A disclosure's tables through the registry: each present table with its kind, and everything the kinds say about
 * them (facts, views, charts) gathered in registry order. Paths the kinds give relative to their table become paths
 * in tables.yaml here.
 */
import type { FactReading } from '../domain/facts/reading.ts';
import { buildFactSheet, withLastYear, type FactSheet } from '../domain/facts/sheet.ts';
import { proseReadings, readTags } from '../domain/facts/prose.ts';
import { lineCounter } from '../validation/rules/text-scan.ts';
import type { TablesFile } from '../schemas/tables.ts';
import type { Stage } from '../schemas/primitives.ts';
import type { ChartContext, KindContext, PlacedChart } from './kind.ts';
import { TABLE_KINDS, type AnyTableKind } from './registry.ts';
import type { TableView } from './view-model.ts';

export interface PresentTable {
  readonly kind: AnyTableKind;
  readonly table: unknown;
}

/** The tables a file holds, in registry order. */
export function presentTables(tables: TablesFile | undefined): PresentTable[] {
  if (!tables) return [];
  const present: PresentTable[] = [];
  for (const kind of TABLE_KINDS) {
    const table = tables[kind.key];
    if (table !== undefined) present.push({ kind, table });
  }
  return present;
}

export interface DisclosureShape {
  readonly stage: Stage;
  readonly year: number;
  readonly unit: string;
}

export const kindContext = (kind: AnyTableKind, shape: DisclosureShape): KindContext =>
  ({ stage: shape.stage, year: shape.year, unit: shape.unit, label: kind.label[shape.stage] });

/** Every fact the tables print (paths inside each table: readingPath gives the path in tables.yaml). */
export function tableFacts(tables: TablesFile | undefined, shape: DisclosureShape): FactReading[] {
  const out: FactReading[] = [];
  for (const { kind, table } of presentTables(tables)) {
    if (kind.facts) out.push(...kind.facts(table, kindContext(kind, shape)));
  }
  return out;
}

/** Every table view, in reading order. */
export function tableViews(tables: TablesFile | undefined, shape: DisclosureShape): TableView[] {
  return presentTables(tables).flatMap(({ kind, table }) => kind.views?.(table, kindContext(kind, shape)) ?? []);
}

/** Every chart the tables draw, with the view each belongs next to. */
export function tableCharts(tables: TablesFile | undefined, shape: DisclosureShape): PlacedChart[] {
  const present = presentTables(tables);
  const keys = new Set(present.map(({ kind }) => kind.key));
  return present.flatMap(({ kind, table }) => {
    const context: ChartContext = { ...kindContext(kind, shape), has: (key) => keys.has(key) };
    return kind.charts?.(table, context) ?? [];
  });
}

/**
 * The facts a disclosure states: its tables' first (preferred), then the figures tagged in its narrative; with last
 * year's figures merged (this disclosure's 上年数 first, then last year's disclosure, when given). Pages and checks
 * both read facts through this.
 */
export function disclosureFactSheet(tables: TablesFile | undefined, body: string, shape: DisclosureShape, previous?: FactSheet): FactSheet {
  const prose = body.includes('{{') ? proseReadings(readTags(body), lineCounter(body)) : [];
  return withLastYear(buildFactSheet([...tableFacts(tables, shape), ...prose]), previous);
}
