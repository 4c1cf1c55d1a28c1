/**
 * Round trip of the sample content through the downloads: every amount written in tables.yaml and in the funds of
 * performance.yaml appears exactly once in its table's CSV and JSON (the figures of a table's value columns are, as
 * a multiset, the figures its editors wrote), and every row carries its labels (department, year, stage, table,
 * unit, the project, the code's level, every group label).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../../src/data/site-data.ts';
import { checkContent } from '../../../src/validation/check-content.ts';
import { disclosureDownloads, type Download } from '../../../src/data/downloads.ts';
import { tableToCsv } from '../../../src/data/csv.ts';
import { tableToJson } from '../../../src/data/table-json.ts';
import { STAGE_LABELS } from '../../../src/schemas/primitives.ts';
import { canonicalDecimal, disclosureAmounts, plainFigure } from '../../e2e/helpers/content-amounts.ts';
import { csvRecords } from '../../helpers/frictionless.ts';
import { SAMPLE_CONTENT } from '../../helpers/content.ts';

const data = buildSiteData(checkContent(SAMPLE_CONTENT));

/** The download an amount of the content belongs in, by where it is written. */
function downloadKey(file: string, path: ReadonlyArray<string | number>): string | undefined {
  if (file === 'tables.yaml') return path[0] === 'procurement' ? 'procurement_summary' : String(path[0]);
  if (path[0] === 'projects' && path[2] === 'funds') return path[3] === 'breakdown' ? 'projects-breakdown' : 'projects-funds';
  if (path[0] === 'department' && path[1] === 'funds') return 'department-funds';
  return undefined;
}

const tally = (values: readonly string[]) => {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
};

const CONTEXT = new Set(['部门标识', '部门名称', '年度', '阶段', '表', '单位', '项目标识', '项目名称']);

type Row = Record<string, string | number | null>;
const csvRows = (download: Download): Row[] => csvRecords(tableToCsv(download.table()));
const jsonRows = (download: Download): Row[] => (JSON.parse(tableToJson(download.table())) as { rows: Row[] }).rows;

/** The figures in a download's value columns, canonical ("28.00" is 28). */
function figures(download: Download, rows: readonly Row[]): string[] {
  const columns = download.columns().filter((column) => column.role === 'value').map((column) => column.name);
  return rows.flatMap((row) => columns.map((column) => canonicalDecimal(String(row[column] ?? ''))).filter((value): value is string => value !== undefined));
}

describe.each(data.disclosures.map((d) => [d.id, d] as const))('downloads of %s', (_, disclosure) => {
  const dir = join(SAMPLE_CONTENT, 'disclosures', String(disclosure.year), disclosure.department.id, disclosure.stage);
  const downloads = disclosureDownloads(disclosure);
  const written = new Map<string, string[]>();
  for (const amount of disclosureAmounts(dir)) {
    const key = downloadKey(amount.file, amount.path);
    if (key) written.set(key, [...(written.get(key) ?? []), canonicalDecimal(plainFigure(amount.source))!]);
  }

  it('has the amounts of the content, tables and funds alike', () => {
    expect(written.size).toBeGreaterThan(0);
    expect([...written.keys()].filter((key) => !downloads.some((d) => d.key === key))).toEqual([]);
  });

  it.each([['CSV', csvRows], ['JSON', jsonRows]] as const)('%s: every amount exactly once in its table', (_format, rows) => {
    for (const [key, amounts] of written) {
      const download = downloads.find((d) => d.key === key)!;
      expect(tally(figures(download, rows(download))), `${download.name}`).toEqual(tally(amounts));
    }
  });

  it.each([['CSV', csvRows], ['JSON', jsonRows]] as const)('%s: every row carries its labels', (_format, rows) => {
    for (const download of downloads) {
      const columns = download.columns();
      const labels = columns.filter((column) => column.role === 'context' || column.role === 'label').map((column) => column.name);
      for (const [index, row] of rows(download).entries()) {
        const where = `${download.name} row ${index + 1}`;
        expect(row['部门标识'], where).toBe(disclosure.department.id);
        expect(String(row['年度']), where).toBe(String(disclosure.year));
        expect(row['阶段'], where).toBe(STAGE_LABELS[disclosure.stage]);
        // Every context column is filled (the unit where the table has amounts); a code has its level.
        const blank = labels.filter((name) => CONTEXT.has(name) && (row[name] === null || row[name] === ''));
        expect(blank.filter((name) => name !== '单位' || download.table().unit), `${where}: ${JSON.stringify(row)}`).toEqual([]);
        const codeless = row['科目编码'] === null || row['科目编码'] === '' || row['科目编码'] === undefined;
        if (!codeless) expect(['类', '款', '项'], where).toContain(row['级次']);
      }
    }
  });

  it.each([['CSV', csvRows], ['JSON', jsonRows]] as const)('%s: every indicator row carries its project and its levels as written', (_format, rows) => {
    const download = downloads.find((d) => d.key === 'projects-indicators');
    if (!download) return;
    const written = disclosure.projects.flatMap((p) => p.project.indicators.map((i) => [p.project.id, p.project.name, i.level1 ?? '', i.level2 ?? '']));
    const blankToEmpty = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));
    expect(rows(download).map((row) => ['项目标识', '项目名称', '一级指标', '二级指标'].map((name) => blankToEmpty(row[name])))).toEqual(written);
  });
});
