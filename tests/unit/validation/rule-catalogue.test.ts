/**
 * The rule catalogue describes every rule id the code can report, and names where each is reported: an editor's
 * rule id leads a developer to its file. The ids are found by reading the source, so a new rule that is not in the
 * catalogue fails here before it can reach an editor undocumented.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/validation/rule-catalogue.ts';

const FAMILIES = [...new Set(RULES.map((rule) => rule.id.split('/')[0]!))];
const ID_LITERAL = new RegExp(`['"\`]((?:${FAMILIES.join('|')})/[a-z0-9-]+)['"\`]`, 'g');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|astro)$/.test(name) ? [path] : [];
  });
}

/** Every rule id written in the source, with the files it is written in (the catalogue itself left out). */
function idsInSource(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const file of sourceFiles('src')) {
    if (file.endsWith('rule-catalogue.ts')) continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(ID_LITERAL)) {
      // A media type (text/csv) is not a rule id.
      if (/mediatype:\s*$/.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
      found.set(match[1]!, (found.get(match[1]!) ?? new Set()).add(file));
    }
  }
  return found;
}

describe('rule catalogue', () => {
  const inSource = idsInSource();

  it('describes every rule id the source can report', () => {
    const described = new Set(RULES.map((rule) => rule.id));
    const undocumented = [...inSource.keys()].filter((id) => !described.has(id));
    expect(undocumented).toEqual([]);
  });

  it('lists each id once, and only ids the source still reports', () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
    expect(RULES.filter((rule) => !inSource.has(rule.id)).map((rule) => rule.id)).toEqual([]);
  });

  it('names the files that report each id, and no others', () => {
    for (const rule of RULES) expect([...(inSource.get(rule.id) ?? [])].sort(), rule.id).toEqual([...rule.home].sort());
  });

  it('catches an id written in a new place (the scan reads template strings and double quotes too)', () => {
    expect('rule: `sum/row`'.match(ID_LITERAL)).toEqual(['`sum/row`']);
    expect('"plausibility/new-check"'.match(ID_LITERAL)).toEqual(['"plausibility/new-check"']);
  });
});
