/**
 * For the editors' guide: every fact name with what it means and the table fields it is read from. The places are
 * not listed by hand: they are the readings the table kinds make of real content (the sample content and the test
 * fixtures' complete base tree), so the guide says what the code reads.
 */
import { FACTS } from '../../src/domain/facts/catalogue.ts';
import { PROSE } from '../../src/domain/facts/reading.ts';
import { tableFacts } from '../../src/table-kinds/tables.ts';
import { tableLabel } from '../../src/table-kinds/registry.ts';
import type { LoadedContent } from '../../src/validation/load-content.ts';

/** A cell path with its row keys (codes, names, indexes) generalised: rows[201].total → rows[…].total. */
const fieldPath = (at: ReadonlyArray<string | number>) =>
  at.map((segment, index) => (typeof segment === 'number' || /^\d+$/.test(segment) || (index > 0 && at[index - 1] === 'rows') ? '[…]' : segment))
    .join('.').replace(/\.\[…\]/g, '[…]');

/** Parametric names (支出:201, 支出:<功能分类编码>) under their stem. */
const keyOf = (name: string) => (name.includes(':') ? name.slice(0, name.indexOf(':') + 1) : name);

export function factPlaces(contents: readonly LoadedContent[]): string {
  const places = new Map<string, Set<string>>();
  for (const content of contents) {
    for (const disclosure of content.disclosures) {
      const meta = disclosure.index?.data;
      if (!meta) continue;
      for (const reading of tableFacts(disclosure.tables?.data, { stage: disclosure.stage, year: disclosure.year, unit: meta.unit })) {
        if (reading.source === PROSE || !reading.at) continue;
        const name = keyOf(reading.fact);
        const period = reading.period === 'last' ? '（上年）' : reading.period === 'budget' ? '（预算数）' : '';
        const place = `${tableLabel(reading.source, disclosure.stage)} \`${reading.source}.${fieldPath(reading.at)}\`${period}`;
        places.set(name, (places.get(name) ?? new Set()).add(place));
      }
    }
  }
  const rows = FACTS.map((fact) => {
    const read = [...(places.get(keyOf(fact.name)) ?? [])].sort();
    return `| \`${fact.name}\` | ${fact.zh} | ${read.length ? read.join('；') : '（示例内容中没有读到：由其他数字计算，或只在说明中标注）'} |`;
  });
  return ['| 名称 | 含义 | 读自（表格与字段） |', '| --- | --- | --- |', ...rows].join('\n');
}
