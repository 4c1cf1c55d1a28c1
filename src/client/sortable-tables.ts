/**
 * Sortable comparison tables (src/components/ComparisonTable.astro): each column header becomes a button that sorts
 * the rows by the keys the page wrote into the cells (data-sort, exact decimals or text; src/data/sort-keys.ts).
 * Numbers sort largest first on the first press, text in Chinese order; cells without a key stay last. The table
 * reads completely without this script; it only adds the buttons and aria-sort.
 */
import { compareDecimals } from '../data/sort-keys.ts';

const collator = new Intl.Collator('zh-CN');

function sortBy(table: HTMLTableElement, column: number, numeric: boolean, descending: boolean): void {
  const body = table.tBodies[0];
  if (!body) return;
  const rows = [...body.rows];
  const key = (row: HTMLTableRowElement) => row.cells[column]?.getAttribute('data-sort') ?? undefined;
  rows.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === undefined || kb === undefined) return ka === kb ? 0 : ka === undefined ? 1 : -1;
    const order = numeric ? compareDecimals(ka, kb) : collator.compare(ka, kb);
    return descending ? -order : order;
  });
  body.append(...rows);
}

function enhance(table: HTMLTableElement): void {
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])] as HTMLTableCellElement[];
  headers.forEach((header, column) => {
    const numeric = header.classList.contains('num');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...header.childNodes);
    header.append(button);
    button.addEventListener('click', () => {
      const descending = header.getAttribute('aria-sort') === 'descending' ? false : header.getAttribute('aria-sort') === 'ascending' ? true : numeric;
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      sortBy(table, column, numeric, descending);
    });
  });
  table.setAttribute('data-sortable-ready', 'true');
}

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) enhance(table);
