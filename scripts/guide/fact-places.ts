/**
 * For the editors' guide: where each fact a narrative tag names is read in tables.yaml, found by reading real
 * content (the sample and the test base) through the table kinds themselves, so the guide cannot drift from them.
 */
import { checkedContent } from './checked.ts';
import { tableFacts } from '../../src/table-kinds/tables.ts';
import { TABLE_KINDS } from '../../src/table-kinds/registry.ts';
import { FACTS, factDefinition } from '../../src/domain/facts/catalogue.ts';
import { factParameter, readingPath } from '../../src/domain/facts/reading.ts';
import { displayPath } from '../../src/validation/display-path.ts';

/** Places shown per fact: enough to find the field, not every row of every table. */
const PLACES_PER_FACT = 3;

/** Fact name → "表名 `path`" places (a parametric fact's code shown as <编码>), in the order first met. */
export function factPlaces(contentRoots: readonly string[]): Map<string, string[]> {
  const places = new Map<string, Set<string>>();
  for (const root of contentRoots) {
    for (const disclosure of checkedContent(root).content.disclosures) {
      const tables = disclosure.tables;
      if (!tables?.data) continue;
      const shape = { stage: disclosure.stage, year: disclosure.year, unit: disclosure.index?.data?.unit ?? '万元' };
      for (const reading of tableFacts(tables.data, shape)) {
        const definition = factDefinition(reading.fact);
        const path = readingPath(reading);
        if (!definition || !path || reading.period !== 'current') continue;
        const kind = TABLE_KINDS.find((candidate) => candidate.key === reading.source);
        const [, parameter] = factParameter(reading.fact);
        let shown = displayPath(tables.source.value, path).replace(/^[^.[]+\.?/, '');
        if (parameter !== undefined) shown = shown.split(`[${parameter}]`).join('[<编码>]');
        const place = `${kind?.label[disclosure.stage] ?? reading.source}（\`${reading.source}\`）${shown ? `\`${shown}\`` : '整张表'}`;
        const set = places.get(definition.name) ?? new Set<string>();
        set.add(place);
        places.set(definition.name, set);
      }
    }
  }
  // Rows named by their code first: they show where any code of a parametric fact is read.
  const coded = (place: string) => (place.includes('<编码>') ? 0 : 1);
  return new Map(FACTS.map((fact) => [fact.name, [...(places.get(fact.name) ?? [])].sort((a, b) => coded(a) - coded(b)).slice(0, PLACES_PER_FACT)]));
}

/** The guide's table of fact names: name, what it is, where tables.yaml holds it. */
export function factTable(contentRoots: readonly string[]): string {
  const places = factPlaces(contentRoots);
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '| 名称 | 含义 | 读取 tables.yaml 中的字段（示例） |',
    '| --- | --- | --- |',
    ...FACTS.map((fact) => {
      const where = places.get(fact.name) ?? [];
      return `| \`${fact.name}\` | ${cell(fact.zh)} | ${where.length ? cell(where.join('；')) : '示例内容中没有这一行：按含义所述的表和行名读取'} |`;
    }),
  ].join('\n');
}
