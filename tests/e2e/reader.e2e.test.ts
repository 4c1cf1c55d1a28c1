/**
 * 10. Reader-first disclosure pages (issue 14): the overview at the top answers "how much, on what, versus last
 *     year / budget, targets met?" with figures equal to the tables' and projects never counted twice; charts keep
 *     one unit per axis, every category labelled, no chart of one value; data notes sit on the cells they concern,
 *     linked both ways; indicator results read met / partly met / not met; the long document folds to its headings,
 *     opens where a link leads and prints whole yet short; and a phone gets the answer in two screens.
 * Expectations come from the content files (read here with the yaml package), never from the site's code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { guardedContext, list, useGuardedTab, waitForCharts } from './helpers/browser.ts';
import { disclosures, origin, sitePages } from './helpers/site.ts';

const session = useGuardedTab();
beforeEach(async () => { await session.tab.page.emulateMedia({ media: 'screen' }); });

const all = disclosures();
const disclosurePages = sitePages().filter((page) => page.kind === 'disclosure');
const byStage = (stage: string) => all.filter((d) => d.stage === stage);
/** The sample disclosure with the most projects (the 2023 budget: first- and second-level projects). */
const projectsOf = (dir: string): Array<{ id: string; name: string; parent?: string; level?: string; funds?: { total?: unknown } }> =>
  (parse(readFileSync(join(dir, 'performance.yaml'), 'utf8')) as { projects?: [] }).projects ?? [];
const largest = [...all].sort((a, b) => projectsOf(b.dir).length - projectsOf(a.dir).length)[0]!;

/** "1,992.86" → 199286n (hundredths), exact. */
const cents = (text: string): bigint => {
  const [whole, fraction = ''] = text.replace(/,/g, '').trim().split('.');
  return BigInt(whole! + fraction.padEnd(4, '0').slice(0, 4));
};

describe('the overview opens every disclosure', () => {
  test.each(disclosurePages.map((page) => [page.name, page] as const))('%s: first on the page, figures equal to the tables that print them', async (_name, sitePage) => {
    const { page } = await session.tab.visit(sitePage.path);
    const state = await page.evaluate(() => {
      const overview = document.getElementById('overview');
      const main = document.querySelector('article.disclosure');
      const firstSection = main?.querySelector(':scope > section');
      const figures = [...document.querySelectorAll('#overview .key-figure')].map((node) => {
        const link = node.querySelector<HTMLAnchorElement>('.key-amount a');
        const target = link ? document.querySelector(link.getAttribute('href')!) : null;
        return {
          label: node.querySelector('dt')?.textContent ?? '',
          amount: node.querySelector('.key-amount')?.textContent ?? '',
          href: link?.getAttribute('href') ?? null,
          tableCells: target ? [...target.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '') : null,
        };
      });
      return { first: firstSection?.id, hasOverview: !!overview, figures };
    });
    expect(state.first, 'the first section of the disclosure').toBe('overview');
    expect(state.figures.length, 'key figures').toBeGreaterThan(0);
    const unmatched = state.figures.filter((f) => f.tableCells && !f.tableCells.some((cell) => cell.replace(/注\d+$/, '') === f.amount.replace(/万元|元$/, '')))
      .map((f) => `${f.label} ${f.amount} not in ${f.href}`);
    expect(unmatched, list(unmatched)).toEqual([]);
  });

  test(`${largest.path}: every project listed once, sub-projects under their first-level project, the total counting each once`, async () => {
    const projects = projectsOf(largest.dir);
    const { page } = await session.tab.visit(largest.path);
    const rows = await page.$$eval('#data-overview-projects tbody tr', (trs) => trs.map((tr) => ({
      name: tr.querySelector('th')?.textContent?.trim() ?? '', level: tr.querySelector('th')?.className ?? '', total: tr.classList.contains('total'),
      amount: tr.querySelectorAll('td')[1]?.textContent?.trim() ?? '',
    })));
    const listed = rows.filter((row) => !row.total);
    expect(listed.map((row) => row.name).sort()).toEqual(projects.map((p) => p.name).sort());
    // Each second-level row follows its first-level project's row (content: parent ids).
    const byId = new Map(projects.map((p) => [p.id, p]));
    let currentTop = '';
    for (const row of listed) {
      const project = projects.find((p) => p.name === row.name)!;
      if (row.level === 'level-0') currentTop = project.id;
      else expect(project.parent, `${row.name} is listed under ${byId.get(currentTop)?.name}`).toBe(currentTop);
    }
    // The total: the top-level rows only, computed here from the content (a first-level project's own figure).
    const children = new Set(projects.filter((p) => p.parent && byId.has(p.parent)).map((p) => p.id));
    const expected = projects.filter((p) => !children.has(p.id)).reduce((n, p) => n + cents(String(p.funds?.total ?? '0')), 0n);
    const every = projects.reduce((n, p) => n + cents(String(p.funds?.total ?? '0')), 0n);
    const total = rows.find((row) => row.total)!;
    expect(cents(total.amount)).toBe(expected);
    expect(cents(total.amount), 'not the sum of every listed figure').toBeLessThan(every);
    expect(listed.filter((row) => row.level === 'level-0').reduce((n, row) => n + cents(row.amount), 0n)).toBe(expected);
  });
});

describe('charts', () => {
  test.each(disclosurePages.map((page) => [page.name, page] as const))('%s: one unit per axis, every category drawn, no chart of one value, summary under its own title', async (_name, sitePage) => {
    const { page } = await session.tab.visit(sitePage.path);
    await waitForCharts(page);
    const charts = await page.$$eval('canvas[data-chart]', (canvases) => canvases.map((canvas) => {
      const spec = JSON.parse(canvas.getAttribute('data-chart')!) as { id: string; unit: string; labels: string[]; series: Array<{ data: Array<number | null>; percentAxis?: boolean }> };
      const figure = canvas.closest('figure')!;
      return {
        spec, drawn: Number(canvas.getAttribute('data-labels-drawn') ?? -1), kind: JSON.parse(canvas.getAttribute('data-chart')!).kind as string,
        title: figure.querySelector('.chart-title')?.textContent ?? '', summary: figure.querySelector('.chart-summary')?.textContent ?? '',
        captionHasTitle: figure.querySelector('figcaption')?.contains(figure.querySelector('.chart-summary')) ?? false,
      };
    }));
    const problems = charts.flatMap(({ spec, drawn, kind, summary, captionHasTitle }) => [
      ...(spec.series.some((s) => s.percentAxis) && spec.unit !== '%' ? [`${spec.id}: a percentage drawn beside amounts in ${spec.unit}`] : []),
      ...(spec.series.flatMap((s) => s.data).filter((v) => v !== null && v !== 0).length < 2 ? [`${spec.id}: fewer than two values`] : []),
      ...(kind !== 'doughnut' && drawn !== spec.labels.length ? [`${spec.id}: ${drawn} of ${spec.labels.length} category labels drawn`] : []),
      ...(summary.trim() && captionHasTitle ? [] : [`${spec.id}: summary not in its own caption`]),
    ]);
    expect(problems, list(problems)).toEqual([]);
  });

  test('chart text follows the reader’s text size', async () => {
    const { page } = await session.tab.visit(largest.path);
    await waitForCharts(page);
    const canvas = page.locator('canvas[data-chart]').first();
    const before = await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
    await page.locator('label[for="size-larger"]').click();
    await page.waitForTimeout(300);
    const after = await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
    expect(after).not.toBe(before);
    await page.locator('label[for="size-normal"]').click();
  });
});

describe('data notes on their cells', () => {
  const withNotes = disclosurePages.filter((page) => readFileSync(join(all.find((d) => d.path === page.path)!.dir, 'index.md'), 'utf8').includes('acknowledge'));
  test.each(withNotes.map((page) => [page.name, page] as const))('%s: each mark links to its note and the note back to it', async (_name, sitePage) => {
    const { page } = await session.tab.visit(sitePage.path);
    const state = await page.evaluate(() => ({
      notes: document.querySelectorAll('ol.data-notes > li').length,
      marks: [...document.querySelectorAll('a.note-mark')].map((mark) => {
        const target = document.querySelector(mark.getAttribute('href')!);
        const back = target?.querySelector('.note-back a')?.getAttribute('href');
        return { id: mark.id, href: mark.getAttribute('href'), target: target?.tagName ?? null, back, inTable: !!mark.closest('table'), place: mark.closest('td, th, caption')?.tagName ?? null };
      }),
    }));
    expect(state.marks.length, 'notes marked in tables').toBeGreaterThan(0);
    const broken = state.marks.filter((m) => m.target !== 'LI' || m.back !== `#${m.id}` || !m.inTable || !m.place).map((m) => `${m.id} → ${m.href}: ${m.target}, back ${m.back}, in ${m.place}`);
    expect(broken, list(broken)).toEqual([]);
  });

  test('a sum slip is marked on the very cell: the row by its code, the column by its name', async () => {
    // 2023 budget: the acknowledged sum/tree finding on general_budget_basic_expenditure.rows[301].total.
    const budget = all.find((d) => readFileSync(join(d.dir, 'index.md'), 'utf8').includes('general_budget_basic_expenditure.rows[301].total'));
    expect(budget, 'a sample disclosure acknowledging rows[301].total').toBeDefined();
    const { page } = await session.tab.visit(budget!.path);
    const cells = await page.$$eval('#data-general_budget_basic_expenditure td.noted', (tds) => tds.map((td) => {
      const row = td.closest('tr')!;
      const index = [...row.children].indexOf(td);
      const header = td.closest('table')!.querySelectorAll('thead th')[index]?.textContent;
      return `${row.querySelector('td.code')?.textContent}/${header}`;
    }));
    expect(cells).toContain('301/合计');
  });
});

describe('indicator results', () => {
  test.each(byStage('final').map((d) => [d.path, d] as const))('%s: met / partly / not met beside target and actual, counted in the overview', async (_name, disclosure) => {
    const { page } = await session.tab.visit(disclosure.path);
    const state = await page.evaluate(() => {
      const statuses = [...document.querySelectorAll('table[id$="-indicators"] td.status')].map((td) => td.textContent?.trim() ?? '');
      const headers = [...document.querySelectorAll('table[id$="-indicators"] thead')].map((thead) => [...thead.querySelectorAll('th')].map((th) => th.textContent?.trim()));
      const counts = Object.fromEntries([...document.querySelectorAll('#overview .status-counts li')].map((li) => [li.firstChild?.textContent?.trim(), Number(li.querySelector('strong')?.textContent)]));
      const misses = document.querySelectorAll('#overview .overview-misses li').length;
      return { statuses, headers, counts, misses };
    });
    expect(state.statuses.length).toBeGreaterThan(0);
    for (const header of state.headers) {
      const status = header.indexOf('完成情况');
      expect(status, header.join(' | ')).toBeGreaterThan(header.indexOf('实际完成值'));
      expect(header.indexOf('实际完成值')).toBeGreaterThan(header.findIndex((h) => h === '年初指标值' || h === '指标值'));
    }
    const tally = (label: string) => state.statuses.filter((s) => s === label).length;
    for (const label of ['已完成', '部分完成', '未完成', '未判定']) expect(state.counts[label] ?? 0, label).toBe(tally(label));
    expect(state.misses).toBe(tally('部分完成') + tally('未完成'));
  });

  test('blank ("—") has a legend, and always-blank columns are left out', async () => {
    const { page } = await session.tab.visit(byStage('final')[0]!.path);
    const state = await page.evaluate(() => [...document.querySelectorAll('figure.data-table')].map((figure) => ({
      blanks: figure.querySelectorAll('td.blank').length,
      legend: figure.querySelector('.table-legend')?.textContent ?? '',
      emptyColumns: (() => {
        const table = figure.querySelector('table')!;
        const columns = table.querySelectorAll('thead th').length;
        const rows = [...table.querySelectorAll('tbody tr:not(.group)')].filter((tr) => !tr.querySelector('td.empty'));
        const out: number[] = [];
        for (let c = 0; c < columns; c++) {
          if (rows.length && rows.every((tr) => tr.children[c]?.classList.contains('blank'))) out.push(c);
        }
        return out.length;
      })(),
    })));
    expect(state.filter((t) => t.blanks > 0 && !t.legend.includes('空白'))).toEqual([]);
    expect(state.filter((t) => t.emptyColumns > 0)).toEqual([]);
  });
});

describe('a long document made navigable', () => {
  test(`${largest.path}: projects and narrative parts are folded; a link to a project or heading opens it`, async () => {
    const projects = projectsOf(largest.dir);
    const { page } = await session.tab.visit(largest.path);
    const folded = await page.$$eval('section.project > details.fold', (nodes) => nodes.map((d) => (d as HTMLDetailsElement).open));
    expect(folded).toHaveLength(projects.length);
    expect(folded.every((open) => !open)).toBe(true);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`[e2e] ${largest.path}: ${height} px tall at 1280 px, projects folded`);
    const target = projects[projects.length - 1]!;
    await session.tab.visit(`${largest.path}#project-${target.id}`);
    const opened = await page.evaluate((id) => {
      const details = document.querySelector<HTMLDetailsElement>(`#project-${id} > details`)!;
      const table = document.getElementById(`data-project-${id}-indicators`)!;
      return { open: details.open, tableShown: table.getBoundingClientRect().height > 0, top: document.getElementById(`project-${id}`)!.getBoundingClientRect().top };
    }, target.id);
    expect(opened.open).toBe(true);
    expect(opened.tableShown).toBe(true);
    expect(Math.abs(opened.top)).toBeLessThan(200);
    // A narrative heading (an anchor search results link to) opens its part.
    const heading = await page.$eval('#narrative details.fold summary h3', (h) => h.id);
    await session.tab.visit(`${largest.path}#${heading}`);
    expect(await page.$eval(`#${heading}`, (h) => (h.closest('details') as HTMLDetailsElement).open)).toBe(true);
    // Back to the contents from each section.
    expect(await page.$$eval('a[href="#toc-heading"]', (links) => links.length)).toBeGreaterThanOrEqual(3);
  });

  test(`${largest.path}: print opens every fold, keeps every table and is far shorter than the 77 A4 pages of the old page`, async () => {
    const { page } = await session.tab.visit(largest.path);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.$$eval('details:not([open]) table', (tables) => tables.filter((t) => t.getBoundingClientRect().height === 0).map((t) => t.id));
    expect(hidden, 'tables inside folds not printed').toEqual([]);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    console.log(`[e2e] ${largest.path}: ${pages} A4 pages in print`);
    expect(pages).toBeGreaterThan(5);
    expect(pages).toBeLessThanOrEqual(40);
  });
});

describe('on a 360 px phone', () => {
  test.each(disclosurePages.map((page) => [page.name, page] as const))('%s: the key figures within the first two screens', async (_name, sitePage) => {
    const { context, offHost } = await guardedContext(session.browser, { viewport: { width: 360, height: 740 } });
    try {
      const page = await context.newPage();
      await page.goto(new URL(sitePage.path, origin()).href, { waitUntil: 'load' });
      expect(offHost).toEqual([]);
      const bottom = await page.$eval('#overview .key-figures, #overview .overview-main', (node) => node.getBoundingClientRect().bottom + window.scrollY);
      expect(bottom, 'bottom of the key figures').toBeLessThanOrEqual(2 * 740);
    } finally {
      await context.close();
    }
  });

  test(`${largest.path}: a wide table scrolled sideways keeps its caption in view, and a hint says it scrolls`, async () => {
    const { context } = await guardedContext(session.browser, { viewport: { width: 360, height: 740 } });
    try {
      const page = await context.newPage();
      await page.goto(new URL(largest.path, origin()).href, { waitUntil: 'load' });
      const state = await page.evaluate(() => {
        const boxes = [...document.querySelectorAll<HTMLElement>('figure.data-table .table-scroll')].filter((box) => box.scrollWidth > box.clientWidth + 40);
        return boxes.map((box) => {
          box.scrollLeft = box.scrollWidth;
          const frame = box.getBoundingClientRect();
          // Where the caption's words are drawn (not its box, which spans the whole table).
          const range = document.createRange();
          range.selectNodeContents(box.querySelector('caption')!);
          const caption = range.getClientRects()[0]!;
          const hint = box.closest('figure')!.querySelector<HTMLElement>('.scroll-hint');
          return {
            id: box.querySelector('table')!.id,
            scrolled: box.scrollLeft,
            captionInView: caption.left >= frame.left - 1 && caption.left < frame.right - 40,
            hint: hint ? getComputedStyle(hint).display !== 'none' && hint.getBoundingClientRect().height > 0 : false,
          };
        });
      });
      expect(state.length, 'tables wider than a phone').toBeGreaterThan(0);
      for (const table of state) {
        expect(table.scrolled, table.id).toBeGreaterThan(0);
        expect(table.captionInView, `${table.id}: caption in view after scrolling sideways`).toBe(true);
        expect(table.hint, `${table.id}: sideways-scroll hint shown`).toBe(true);
      }
    } finally {
      await context.close();
    }
  });
});
