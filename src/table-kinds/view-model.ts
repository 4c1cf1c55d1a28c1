/**
 * What a page shows of a table: rows of cells, each cell carrying its exact value beside its display text. The HTML
 * table, its CSV download, the JSON export and the search index all read these views, so a figure cannot read
 * differently in two places, and downloads take values, never display text.
 */
import type { Money } from '../domain/money.ts';
import type { Percent } from '../domain/rates.ts';
import { displayAmount } from '../domain/amount-display.ts';
import { formatPercent } from '../domain/rates.ts';

export type Cell =
  /** An amount in `unit` (the document's 万元 or 元). */
  | { readonly kind: 'money'; readonly value: Money; readonly unit: string; readonly text: string }
  | { readonly kind: 'percent'; readonly value: Percent; readonly text: string }
  /** Counts (people, vehicles) and small decimals (weights, scores). */
  | { readonly kind: 'number'; readonly value: number; readonly text: string }
  /** A quantity with its unit as printed (5台): the number and the unit. */
  | { readonly kind: 'quantity'; readonly value: Money; readonly unit: string; readonly text: string }
  | { readonly kind: 'text'; readonly text: string }
  /** Printed blank: nothing in the source (not zero). */
  | { readonly kind: 'blank'; readonly text: '' }
  /** Not applicable (a rate whose base is zero). */
  | { readonly kind: 'na'; readonly text: string };

export type CellKind = Cell['kind'];

export const BLANK: Cell = { kind: 'blank', text: '' };

export const moneyCell = (value: Money | undefined, unit: string): Cell =>
  (value ? { kind: 'money', value, unit, text: displayAmount(value, unit) } : BLANK);
export const percentCell = (value: Percent | undefined): Cell => (value ? { kind: 'percent', value, text: formatPercent(value) } : BLANK);
export const numberCell = (value: number | undefined): Cell => (value === undefined ? BLANK : { kind: 'number', value, text: String(value) });
export const textCell = (value: string | undefined): Cell => (value === undefined || value === '' ? BLANK : { kind: 'text', text: value });
export const notApplicableCell = (text: string): Cell => ({ kind: 'na', text });
export const quantityCell = (value: Money | undefined, unit: string | undefined): Cell =>
  (value ? { kind: 'quantity', value, unit: unit ?? '', text: `${displayAmount(value, '元')}${unit ?? ''}` } : BLANK);

export interface RowView {
  readonly code?: string;
  readonly header: string;
  /** Indentation level in a classification tree (0 = 类). */
  readonly level?: number;
  readonly cells: readonly Cell[];
  readonly isTotal?: boolean;
  /** Group heading shown before this row (e.g. 产出指标 / 数量指标). */
  readonly group?: string;
  /** The row's group at each level named by the view's groupHeaders (downloads repeat them on every row). */
  readonly groupLabels?: readonly string[];
  /** Where the row's subject has its own section on the page (a project's anchor): the row header links there. */
  readonly href?: string;
  /** Texts the source prints about the row beyond its cells (an indicator's description and basis). */
  readonly details?: ReadonlyArray<{ readonly label: string; readonly text: string }>;
}

export interface ColumnView {
  readonly label: string;
  readonly numeric: boolean;
  /** The field the column shows (tables.yaml key), where it has one: data notes name cells by it. */
  readonly key?: string;
}

export interface TableView {
  readonly id: string;
  readonly title: string;
  readonly unit?: string;
  readonly codeHeader?: string;
  readonly rowHeader: string;
  readonly columns: readonly ColumnView[];
  readonly rows: readonly RowView[];
  /** Names of the group levels rows carry in groupLabels (一级指标, 二级指标); downloads give each a column. */
  readonly groupHeaders?: readonly string[];
  readonly emptyStatement?: string;
  readonly note?: string;
  /** Final accounts: each explained line's sentence, written from its figures (src/domain/summaries.ts). */
  readonly explanations?: readonly LineExplanation[];
}

export interface LineExplanation {
  readonly code?: string;
  readonly name: string;
  readonly sentence: string;
}
