/** Round trips for the import tests: tables.yaml text → workbook (tests/helpers/workbooks.ts) → import → tables. */
import { parseYamlSource } from '../../src/validation/yaml-source.ts';
import { parseWithSchema } from '../../src/validation/load-content.ts';
import { tablesFile } from '../../src/schemas/tables.ts';
import { readWorkbook } from '../../src/import/read-workbook.ts';
import { importSheets, type ImportedTables } from '../../src/import/import-sheets.ts';
import { tableBlock } from '../../src/import/write-tables.ts';
import { mergeTables } from '../../src/import/merge-tables.ts';
import { SHEET_KINDS } from '../../src/import/recognise.ts';
import type { Finding } from '../../src/validation/finding.ts';
import { workbookBytes, workbookOf, type Layout, type Stage } from './workbooks.ts';

/** A tables.yaml text parsed as the check parses it (amounts as exact Money), or its findings. */
export function parseTables(text: string): { data?: Record<string, unknown>; findings: Finding[] } {
  const findings: Finding[] = [];
  const parsed = parseWithSchema(parseYamlSource('tables.yaml', text), tablesFile, findings);
  return { ...(parsed.data ? { data: parsed.data as Record<string, unknown> } : {}), findings };
}

/** The raw values of a tables.yaml (amounts as the text written). */
export const rawTables = (text: string): Record<string, unknown> => parseYamlSource('tables.yaml', text).value as Record<string, unknown>;

/** The tables of a file that a workbook can hold. */
export function sheetTables(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(SHEET_KINDS.filter((key) => data[key] !== undefined).map((key) => [key, data[key]]));
}

/** The text of tables.yaml an import writes (a new file). */
export function importedText(result: ImportedTables): string {
  const blocks = new Map([...result.tables].map(([key, table]) => [key, tableBlock(key, table, result.stage)]));
  return mergeTables(undefined, result.unit ?? '万元', blocks, ['# test']).text;
}

export function roundTrip(text: string, stage: Stage, year: number, layout: Layout = {}) {
  const workbook = workbookOf(rawTables(text), stage, year, layout);
  const result = importSheets(readWorkbook(workbookBytes(workbook)), { stage, year });
  const written = importedText(result);
  return { workbook, result, written, parsed: parseTables(written) };
}
