/**
 * Every table kind's view on real and fixture tables: each amount tables.yaml holds appears as a cell that carries
 * that exact value (its text is only the display of it), and blank stays blank.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { displayAmount } from '../../../src/domain/amount-display.ts';
import { money, moneyToPlain } from '../../../src/domain/money.ts';
import { tablesFile, type TablesFile } from '../../../src/schemas/tables.ts';
import { TABLE_KINDS } from '../../../src/table-kinds/registry.ts';
import { presentTables, tableViews } from '../../../src/table-kinds/tables.ts';
import { findAmounts, tableAmounts } from '../../helpers/amounts.ts';
import { BASE_BUDGET, BASE_CONTENT, SAMPLE_CONTENT } from '../../helpers/content.ts';

const FILES = [
  join(BASE_CONTENT, BASE_BUDGET, 'tables.yaml'),
  join(SAMPLE_CONTENT, 'disclosures/2023/shizhu-organization/budget/tables.yaml'),
];
/** Fields kept in tables.yaml for checks but not shown as table cells. */
const NOT_SHOWN = new Set(['previous_year']);

describe.each(FILES)('%s', (file) => {
  const text = readFileSync(file, 'utf8');
  const tables = tablesFile.parse(parse(text)) as TablesFile;
  const views = tableViews(tables, { stage: 'budget', year: 2024, unit: tables.unit });
  const cells = views.flatMap((view) => view.rows.flatMap((row) => row.cells));

  it('every amount of the file is a money cell carrying that value, shown by the one display rule', () => {
    const values = new Set(cells.flatMap((cell) => (cell.kind === 'money' ? [moneyToPlain(cell.value)] : [])));
    const amounts = findAmounts(text, tableAmounts).filter((amount) => !NOT_SHOWN.has(String(amount.path[0])));
    expect(amounts.length).toBeGreaterThan(20);
    const missing = amounts.filter((amount) => !values.has(moneyToPlain(money(amount.text))));
    expect(missing.map((amount) => `${amount.path.join('.')}=${amount.text}`)).toEqual([]);
    for (const cell of cells) if (cell.kind === 'money') expect(cell.text).toBe(displayAmount(cell.value, tables.unit));
  });

  it('blank cells have no text and no value', () => {
    for (const cell of cells) if (cell.kind === 'blank') expect(cell).toEqual({ kind: 'blank', text: '' });
  });

  it('each present kind shows at least one view, except those kept only for checks', () => {
    for (const { kind } of presentTables(tables)) {
      if (NOT_SHOWN.has(kind.key)) continue;
      expect(views.some((view) => view.id === kind.key || view.id.startsWith(kind.key)), kind.key).toBe(true);
    }
  });
});

describe('registry', () => {
  it('has unique keys and a name for both stages', () => {
    expect(new Set(TABLE_KINDS.map((kind) => kind.key)).size).toBe(TABLE_KINDS.length);
    for (const kind of TABLE_KINDS) expect(kind.label.budget && kind.label.final, kind.key).toBeTruthy();
  });
});
