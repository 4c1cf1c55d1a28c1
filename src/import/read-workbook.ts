/**
 * Spreadsheet files → sheets (sheet.ts), through SheetJS (@e965/xlsx: the SheetJS Community Edition as published on
 * npm, no dependencies; it reads .xlsx, .xls and .csv, keeps each cell's number format, merged ranges and hidden
 * rows and columns). Numbers are shown through their number format by shown-number.ts; CSV cells stay text.
 */
import * as XLSX from '@e965/xlsx';
import type { Sheet, SheetCell } from './sheet.ts';
import { shownNumber } from './shown-number.ts';

function cellOf(cell: XLSX.CellObject | undefined): SheetCell | undefined {
  if (!cell || cell.t === 'z') return undefined;
  if (cell.t === 'n' && typeof cell.v === 'number') {
    const shown = shownNumber(cell.v, typeof cell.z === 'string' ? cell.z : undefined);
    // A number in a format that shows no plain amount (a date, a percentage) keeps the sheet's own text, which the
    // reader then reports as not an amount.
    return { text: shown ?? cell.w ?? String(cell.v), numeric: shown !== undefined };
  }
  if (cell.t === 's') return { text: String(cell.v ?? ''), numeric: false };
  return { text: cell.w ?? String(cell.v ?? ''), numeric: false };
}

function sheetOf(name: string, worksheet: XLSX.WorkSheet): Sheet {
  const rows: Array<Array<SheetCell | undefined>> = [];
  if (worksheet['!ref']) {
    const range = XLSX.utils.decode_range(worksheet['!ref']);
    for (let r = 0; r <= range.e.r; r++) {
      const row: Array<SheetCell | undefined> = [];
      for (let c = 0; c <= range.e.c; c++) row.push(cellOf(worksheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined));
      while (row.length && !row[row.length - 1]) row.pop();
      rows.push(row);
    }
  }
  const hidden = (list: ReadonlyArray<{ hidden?: boolean } | undefined> | undefined) =>
    new Set((list ?? []).flatMap((item, index) => (item?.hidden ? [index] : [])));
  return { name, rows, merges: worksheet['!merges'] ?? [], hiddenColumns: hidden(worksheet['!cols']), hiddenRows: hidden(worksheet['!rows']) };
}

/** The sheets of an .xlsx or .xls workbook, in the workbook's order. */
export function readWorkbook(data: Uint8Array): Sheet[] {
  const workbook = XLSX.read(data, { type: 'array', cellNF: true, cellStyles: true, cellDates: false });
  return workbook.SheetNames.map((name) => sheetOf(name, workbook.Sheets[name]!));
}

/**
 * A CSV file as one sheet named after the file. Every cell stays the text the file holds (raw): SheetJS would
 * otherwise turn "1992.80" into a float and guess dates. Files saved by Excel in China are often GB18030: bytes
 * that are not UTF-8 are read as GB18030.
 */
export function readCsv(name: string, data: Uint8Array): Sheet {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    text = new TextDecoder('gb18030').decode(data);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const workbook = XLSX.read(text, { type: 'string', raw: true, cellDates: false });
  const first = workbook.SheetNames[0];
  return sheetOf(name, first ? workbook.Sheets[first]! : {});
}
