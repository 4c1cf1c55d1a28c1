/**
 * Writing imported tables into a disclosure's tables.yaml: tables the workbook holds replace their blocks; everything
 * else in the file (tables entered by hand, omitted_tables, comments) stays as written. Text in, text out: the
 * file is split into its top-level blocks, not re-serialised, so nothing an editor wrote is reformatted.
 */
import { TABLE_KINDS } from '../table-kinds/registry.ts';

interface Segment { readonly key?: string; readonly lines: string[] }

/** Top-level blocks: each key line with the comments right above it and its indented lines; the preamble first. */
function segments(text: string): Segment[] {
  const lines = text.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n');
  const out: Segment[] = [{ lines: [] }];
  let pending: string[] = [];
  for (const line of lines) {
    const key = /^([A-Za-z_]\w*):/.exec(line)?.[1];
    if (key) { out.push({ key, lines: [...pending, line] }); pending = []; continue; }
    if (/^(#|\s*$)/.test(line)) { pending.push(line); continue; }
    out[out.length - 1]!.lines.push(...pending, line);
    pending = [];
  }
  out[out.length - 1]!.lines.push(...pending);
  return out;
}

const ORDER = new Map(TABLE_KINDS.map((kind, index) => [kind.key, index]));

export interface Merged {
  readonly text: string;
  /** Tables that were in the file and are replaced. */
  readonly replaced: readonly string[];
  /** The unit the existing file declares, when it does. */
  readonly existingUnit?: string;
}

/** The new tables.yaml: `blocks` (by kind key, each its lines) merged into `existing` (or a new file). */
export function mergeTables(existing: string | undefined, unit: string, blocks: ReadonlyMap<string, readonly string[]>, preamble: readonly string[]): Merged {
  const trim = (lines: readonly string[]) => { const copy = [...lines]; while (copy.length && copy[copy.length - 1] === '') copy.pop(); return copy; };
  if (existing === undefined) {
    const text = [...preamble, `unit: ${unit}`, '', ...[...blocks.values()].flatMap((lines) => [...trim(lines), ''])].join('\n');
    return { text, replaced: [] };
  }
  const parts = segments(existing);
  const replaced: string[] = [];
  const placed = new Set<string>();
  const out: string[][] = [];
  const existingUnit = parts.find((part) => part.key === 'unit')?.lines.map((line) => /^unit:\s*(\S+)/.exec(line)?.[1]).find(Boolean);
  const insertBefore = (key: string | undefined) => {
    // New tables go before the first block that comes later in reading order (or before omitted_tables).
    const position = key === undefined ? Infinity : key === 'omitted_tables' ? Infinity - 1 : ORDER.get(key);
    if (position === undefined) return;
    for (const [newKey, lines] of blocks) {
      if (placed.has(newKey) || parts.some((part) => part.key === newKey)) continue;
      if ((ORDER.get(newKey) ?? 0) < position) { out.push([...trim(lines), '']); placed.add(newKey); }
    }
  };
  for (const part of parts) {
    if (part.key && part.key !== 'unit') insertBefore(part.key);
    if (part.key && blocks.has(part.key)) {
      // The old block's comments go with it: the new block names its table itself.
      out.push([...trim(blocks.get(part.key)!), '']);
      replaced.push(part.key);
      placed.add(part.key);
    } else if (part.lines.length) out.push(part.key ? [...trim(part.lines), ''] : trim(part.lines));
  }
  insertBefore(undefined);
  const text = out.map((lines) => lines.join('\n')).join('\n').replace(/\n{3,}/g, '\n\n').replace(/\n*$/, '\n');
  return { text, replaced, ...(existingUnit ? { existingUnit } : {}) };
}
