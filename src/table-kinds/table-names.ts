/**
 * Every name a table goes by, for the lists in which editors name tables (omitted_tables, missing_from_source): its
 * key in tables.yaml, its standard name per stage, its kind's aliases, and the names regional templates print
 * (regional-templates.ts). Documents print the same name with and without spaces, with straight or curly quotes and
 * with half- or full-width brackets, so names are compared in one form.
 */
import type { Stage } from '../schemas/primitives.ts';
import { TABLE_KINDS, tableKind, type AnyTableKind } from './registry.ts';
import { REGIONAL_TEMPLATES } from './regional-templates.ts';

export interface NamedTable {
  /** The table's kind, when the publisher has one (a regional table without one can be named, not filled). */
  readonly kind?: AnyTableKind;
  /** The name it was found under, as listed. */
  readonly name: string;
}

const QUOTES_AND_SPACES = /[\s\u3000“”"'‘’「」]/g;
const normalise = (name: string) => name.replace(QUOTES_AND_SPACES, '').replace(/\(/g, '（').replace(/\)/g, '）');

interface NameIndex {
  readonly byName: ReadonlyMap<string, NamedTable>;
  /** Chinese names in reading order, each once. */
  readonly names: readonly string[];
  /** Names listed for two different kinds (the first listing wins; a test keeps this empty). */
  readonly conflicts: readonly string[];
}

function buildIndex(): NameIndex {
  const byName = new Map<string, NamedTable>();
  const names: string[] = [];
  const conflicts: string[] = [];
  const add = (name: string, kind: AnyTableKind | undefined, chinese: boolean) => {
    const key = normalise(name);
    const earlier = byName.get(key);
    if (earlier) {
      if (earlier.kind !== kind) conflicts.push(name);
      return;
    }
    byName.set(key, kind ? { kind, name } : { name });
    if (chinese) names.push(name);
  };
  for (const kind of TABLE_KINDS) {
    add(kind.key, kind, false);
    for (const name of [kind.label.budget, kind.label.final, ...(kind.aliases ?? [])]) add(name, kind, true);
  }
  for (const template of REGIONAL_TEMPLATES) {
    for (const [name, key] of template.tables) add(name, key === undefined ? undefined : tableKind(key), true);
  }
  return { byName, names, conflicts };
}
const INDEX = buildIndex();

/** The table a name (key or Chinese name) stands for, or undefined for a name no template uses. */
export const resolveTableName = (name: string): NamedTable | undefined => INDEX.byName.get(name) ?? INDEX.byName.get(normalise(name));

/** Every name accepted: the keys and the Chinese names. */
export function acceptedTableNames(): { readonly keys: readonly string[]; readonly names: readonly string[] } {
  return { keys: TABLE_KINDS.map((kind) => kind.key), names: INDEX.names };
}

/** Names that two kinds claim (for the test that keeps the list unambiguous). */
export const tableNameConflicts = (): readonly string[] => INDEX.conflicts;

/** A listed name as readers should see it: a key becomes the stage's standard name; a Chinese name stays as written. */
export function readerTableName(listed: string, stage: Stage): string {
  const named = resolveTableName(listed);
  return named?.kind && named.kind.key === listed ? named.kind.label[stage] : listed;
}
