/**
 * A fact reading: one place where a disclosure states a named figure (a table cell, later a tagged figure in the
 * prose, or last year's disclosure). Several readings of one fact must agree; identities relate different facts.
 * Readings are made by whoever knows the place (table kinds know their cells): this module knows no file layout.
 */
import type { Money } from '../money.ts';

export type FactPath = ReadonlyArray<string | number>;

/**
 * Which figure of a fact: this year's, last year's (printed here as 上年数, or read from last year's disclosure), the
 * change on last year (as the narrative states it; 减少 is negative), or this year's budget (a final account's
 * 年初预算数).
 */
export type FactPeriod = 'current' | 'last' | 'change' | 'budget';

/** Where a reading comes from: a table key of tables.yaml, or one of these. */
export const PREVIOUS_DISCLOSURE = 'previous-disclosure';
/** A figure tagged in the narrative (src/domain/facts/prose.ts). */
export const PROSE = 'prose';

export interface FactReading {
  /** Catalogue name (src/domain/facts/catalogue.ts); parametric names carry their parameter: 支出:201. */
  readonly fact: string;
  readonly period: FactPeriod;
  /** The figure; undefined when the place exists but is printed blank (blank is not zero). */
  readonly value: Money | undefined;
  /** A table key of tables.yaml, or PREVIOUS_DISCLOSURE. */
  readonly source: string;
  /** Path of the cell inside its table (see readingPath); undefined for a figure computed from several cells. */
  readonly at: FactPath | undefined;
  /** How the place itself names the figure (the printed line name), for messages. */
  readonly label: string | undefined;
  /** In the narrative: the body line (0-based) and offset of the tag. */
  readonly line: number | undefined;
  readonly offset: number | undefined;
  /** For a figure of last year's disclosure: where that disclosure stated it (a table key, or prose). */
  readonly origin: string | undefined;
}

// Every reading has the same fields (undefined where absent): thousands are made per check, and objects of one
// shape stay fast.
export const reading = (fact: string, value: Money | undefined, source: string, at?: FactPath, label?: string, period: FactPeriod = 'current'): FactReading =>
  ({ fact, period, value, source, at, label, line: undefined, offset: undefined, origin: undefined });

/** Splits a parametric fact name: 支出:201 → ['支出', '201']. */
export function factParameter(name: string): [string, string | undefined] {
  const colon = name.indexOf(':');
  return colon < 0 ? [name, undefined] : [name.slice(0, colon), name.slice(colon + 1)];
}

/**
 * A line printed without its classification code (summary tables often list 类 by name only) names its parameter
 * by the line's name: 支出:@一般公共服务支出. The fact sheet resolves it to the code that another reading of the
 * same fact prints with that name.
 */
export const NAMED_PARAMETER = '@';

/** Where a reading stands in tables.yaml: its table's key, then its path in the table (undefined if it has none). */
export const readingPath = (item: FactReading): FactPath | undefined =>
  (item.at && item.source !== PREVIOUS_DISCLOSURE && item.source !== PROSE ? [item.source, ...item.at] : undefined);
