/**
 * 6. Round trip: every amount written in the content (tables.yaml, performance.yaml; every field the schema
 *    parses with the `amount` primitive) is shown on its disclosure page formatted for reading, and appears as a
 *    plain figure in at least one CSV download listed under 来源与下载. CSVs start with a UTF-8 BOM; data.json
 *    parses and carries the disclosure's year and unit.
 */
import { describe, expect, test } from 'vitest';

import { formatMoney } from '../../src/domain/money.ts';
import { list, useGuardedTab } from './helpers/browser.ts';
import { canonicalDecimal, disclosureAmounts, expectedDisplay, figurePattern, plainFigure } from './helpers/content-amounts.ts';
import { parseCsv } from './helpers/csv.ts';
import { disclosures } from './helpers/site.ts';

const session = useGuardedTab();

const BOM = [0xef, 0xbb, 0xbf];
const where = (a: { file: string; line: number; path: ReadonlyArray<string | number> }) => `${a.file}:${a.line} ${a.path.join('.')}`;

describe.each(disclosures().map((d) => [d.path, d] as const))('round trip %s', (_path, disclosure) => {
  const amounts = disclosureAmounts(disclosure.dir);

  test('expected figures agree with formatMoney of the parsed value', () => {
    expect(amounts.length, 'amounts found in the content').toBeGreaterThan(0);
    const disagreements = amounts.flatMap((a) => {
      const decimals = a.isQuantity || disclosure.unit === '元' ? a.money.decimals : Math.max(a.money.decimals, 2);
      const independent = expectedDisplay(a.source, disclosure.unit, a.isQuantity);
      const library = formatMoney(a.money, decimals);
      return independent === library ? [] : [`${where(a)} "${a.source}": expected ${independent}, formatMoney gives ${library}`];
    });
    expect(disagreements, list(disagreements)).toEqual([]);
  });

  test('every amount is on the page and in a CSV; CSVs have a BOM; data.json has year and unit', async () => {
    const { page } = await session.tab.visit(disclosure.path);
    // Narrative parts and projects fold to their headings; a reader opens them (print opens them all).
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => { details.open = true; }));
    const text = await page.locator('body').innerText();
    const missingOnPage = amounts
      .map((a) => ({ a, figure: expectedDisplay(a.source, disclosure.unit, a.isQuantity) }))
      .filter(({ figure }) => !figurePattern(figure).test(text))
      .map(({ a, figure }) => `${where(a)} "${a.source}" → "${figure}" not on the page`);

    const downloads = page.locator('section', { has: page.locator('h2', { hasText: '来源与下载' }) });
    expect(await downloads.count(), 'one 来源与下载 section').toBe(1);
    const hrefs = await downloads.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    const csvLinks = hrefs.filter((href) => new URL(href).pathname.endsWith('.csv'));
    const jsonLinks = hrefs.filter((href) => new URL(href).pathname.endsWith('/data.json'));
    expect(csvLinks.length, 'CSV links under 来源与下载').toBeGreaterThan(0);
    expect(jsonLinks.length, 'a data.json link under 来源与下载').toBe(1);

    const csvProblems: string[] = [];
    const csvFigures = new Set<string>();
    for (const href of csvLinks) {
      const response = await fetch(href);
      if (response.status !== 200) { csvProblems.push(`${href}: HTTP ${response.status}`); continue; }
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (!BOM.every((byte, i) => bytes[i] === byte)) csvProblems.push(`${href}: does not start with a UTF-8 BOM`);
      const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes));
      if (rows.length === 0) csvProblems.push(`${href}: empty`);
      const width = rows[0]?.length ?? 0;
      rows.forEach((row, index) => { if (row.length !== width) csvProblems.push(`${href}: row ${index + 1} has ${row.length} fields, header has ${width}`); });
      for (const row of rows) for (const cell of row) {
        const canonical = canonicalDecimal(cell);
        if (canonical !== undefined) csvFigures.add(canonical);
      }
    }
    const missingInCsv = amounts
      .filter((a) => !csvFigures.has(canonicalDecimal(plainFigure(a.source))!))
      .map((a) => `${where(a)} "${a.source}" → "${plainFigure(a.source)}" in no CSV`);

    const json = await fetch(jsonLinks[0]!);
    expect(json.status, `${jsonLinks[0]} status`).toBe(200);
    const data = JSON.parse(await json.text()) as { year?: unknown; unit?: unknown };
    expect({ year: data.year, unit: data.unit }, 'data.json year and unit').toEqual({ year: disclosure.year, unit: disclosure.unit });

    console.log(`[e2e] ${disclosure.path}: ${amounts.length} amounts, ${csvLinks.length} CSVs; missing on page ${missingOnPage.length}, missing in CSVs ${missingInCsv.length}`);
    const problems = [
      ...csvProblems,
      ...(missingOnPage.length ? [`${missingOnPage.length} of ${amounts.length} amounts not shown on the page:`, ...missingOnPage] : []),
      ...(missingInCsv.length ? [`${missingInCsv.length} of ${amounts.length} amounts in no CSV:`, ...missingInCsv] : []),
    ];
    expect(problems, `${disclosure.path}:\n${list(problems)}`).toEqual([]);
    expect(session.offHost).toEqual([]);
  });
});
