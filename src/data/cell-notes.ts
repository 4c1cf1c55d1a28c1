/**
 * Data notes on the cells they concern. An acknowledged finding names a field path (display paths, see
 * src/validation/display-path.ts: `general_budget_basic_expenditure.rows[301].total`,
 * `projects[cadre-work].indicators[培训人次].target`, `department.funds.total.final`); this finds the table view,
 * row and column that show it, so the page can mark that very cell and link it to its note and back. A path that
 * names a row but no shown column marks the row header; one that names no row marks the table's caption.
 */
import type { Finding } from '../validation/finding.ts';
import type { TableView } from '../table-kinds/view-model.ts';
import { DEPARTMENT_FUND_LINES, FUND_LINE_COLUMNS, INDICATOR_COLUMNS } from './performance-views.ts';

/** Where a note stands: a view, and in it a row (index) and a column (index; -1 = the row header), if found. */
export interface NoteTarget {
  readonly view: string;
  readonly row?: number;
  readonly column?: number;
}

/** A note's number (1-based, its place in the data notes list) on a place of a table. */
export interface TableNotes {
  /** `${row}:${column}` → note numbers. */
  readonly cells: ReadonlyMap<string, readonly number[]>;
  /** Notes on the table as a whole. */
  readonly table: readonly number[];
}

export const cellKey = (row: number, column: number) => `${row}:${column}`;
/** Element ids: the note in the list, and the mark on the cell (the note links back to it). */
export const noteId = (n: number) => `note-${n}`;
export const noteMarkId = (n: number) => `note-mark-${n}`;

interface Segment { readonly key: string; readonly item?: string }

/** `a.b[x].c` → [{key: a}, {key: b, item: x}, {key: c}] (items may hold dots: 指标值:0.5). */
function segments(path: string): Segment[] {
  const out: Segment[] = [];
  const pattern = /([^.[\]]+)(?:\[([^\]]*)\])?/g;
  for (let match = pattern.exec(path); match; match = pattern.exec(path)) {
    out.push(match[2] !== undefined ? { key: match[1]!, item: match[2] } : { key: match[1]! });
    // Skip the dot separating this segment from the next.
    if (path[pattern.lastIndex] === '.') pattern.lastIndex++;
  }
  return out;
}

const columnByLabel = (view: TableView, ...labels: ReadonlyArray<string | undefined>) => {
  for (const label of labels) {
    const index = label === undefined ? -1 : view.columns.findIndex((column) => column.label === label);
    if (index >= 0) return index;
  }
  return -1;
};

/** A row by its code or header (`#2` numbers a repeated name, as display paths do), or by a cell's text (指标值:4). */
function rowOf(view: TableView, item: string): number | undefined {
  const [label, nth] = item.split('#') as [string, string | undefined];
  const value = label.startsWith('指标值:') ? label.slice('指标值:'.length) : undefined;
  const matches = view.rows.flatMap((row, index) =>
    row.code === label || (!value && row.header === label) || (value !== undefined && row.cells.some((cell) => cell.text === value)) ? [index] : []);
  return matches[(nth ? Number(nth) : 1) - 1];
}

function target(view: TableView, row: number | undefined, column: number): NoteTarget {
  if (row === undefined) return { view: view.id };
  return { view: view.id, row, column };
}

/** The table, row and column a finding's path names, among a disclosure's views. */
export function noteTarget(path: string, views: readonly TableView[]): NoteTarget | undefined {
  const parts = segments(path);
  const [first, second, third, fourth] = parts;
  if (!first) return undefined;
  const byId = (id: string) => views.find((view) => view.id === id);
  if (first.key === 'projects' && first.item) {
    const owner = first.item;
    if (second?.key === 'indicators') {
      const view = byId(`project-${owner}-indicators`);
      if (!view) return undefined;
      return indicatorTarget(view, second.item, third?.key);
    }
    const view = byId(`project-${owner}-funds`) ?? byId(`project-${owner}-breakdown`) ?? byId(`project-${owner}-indicators`);
    return view && { view: view.id };
  }
  if (first.key === 'department') {
    if (second?.key === 'indicators') {
      const view = byId('department-indicators');
      return view && indicatorTarget(view, second.item, third?.key);
    }
    const view = byId('department-funds');
    if (!view) return undefined;
    const line = DEPARTMENT_FUND_LINES.find(([key]) => key === third?.key)?.[1];
    const row = line === undefined ? undefined : view.rows.findIndex((r) => r.header === line);
    return target(view, row === undefined || row < 0 ? undefined : row, fourth ? columnByLabel(view, FUND_LINE_COLUMNS[fourth.key]) : -1);
  }
  // A table of tables.yaml: its view has the table's key as id, or starts with it (procurement → procurement_summary).
  const view = byId(first.key) ?? views.find((v) => v.id.startsWith(`${first.key}_`) || v.id.startsWith(`${first.key}-`));
  if (!view) return undefined;
  const rest = parts.slice(1);
  let row: number | undefined;
  for (const segment of [...rest].reverse()) {
    if (segment.item !== undefined) { row = rowOf(view, segment.item); if (row !== undefined) break; }
  }
  // `table.total.column`: the totals row.
  if (row === undefined && rest.length >= 2 && rest[rest.length - 2]!.key === 'total') {
    const total = view.rows.findIndex((r) => r.isTotal);
    if (total >= 0) row = total;
  }
  const last = rest[rest.length - 1];
  const column = last && last.item === undefined ? view.columns.findIndex((c) => c.key === last.key) : -1;
  return target(view, row, column);
}

function indicatorTarget(view: TableView, item: string | undefined, field: string | undefined): NoteTarget {
  const row = item === undefined ? undefined : rowOf(view, item);
  const column = field === undefined || field === 'name' ? -1
    : field === 'target' ? columnByLabel(view, INDICATOR_COLUMNS.target, INDICATOR_COLUMNS.target_with_results)
    : columnByLabel(view, INDICATOR_COLUMNS[field]);
  return target(view, row, column);
}

/** Every note placed on its table: note n (1-based, as the data notes list numbers them) by view id. */
export function notesByTable(notes: readonly Finding[], views: readonly TableView[]): ReadonlyMap<string, TableNotes> {
  const cells = new Map<string, Map<string, number[]>>();
  const tables = new Map<string, number[]>();
  notes.forEach((note, index) => {
    const at = noteTarget(note.path, views);
    if (!at) return;
    const n = index + 1;
    if (at.row === undefined) {
      tables.set(at.view, [...(tables.get(at.view) ?? []), n]);
      return;
    }
    const map = cells.get(at.view) ?? new Map<string, number[]>();
    const key = cellKey(at.row, at.column ?? -1);
    map.set(key, [...(map.get(key) ?? []), n]);
    cells.set(at.view, map);
  });
  const out = new Map<string, TableNotes>();
  for (const id of new Set([...cells.keys(), ...tables.keys()])) out.set(id, { cells: cells.get(id) ?? new Map(), table: tables.get(id) ?? [] });
  return out;
}
