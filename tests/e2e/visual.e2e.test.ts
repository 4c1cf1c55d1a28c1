/**
 * 11. Visual regression of the charts: each chart kind is drawn by the real client script (src/charts/mount-charts.ts,
 *     bundled here with esbuild) from fixed specifications made by the real builders, in a fixed page with the
 *     Noto Sans CJK SC font (Debian's fonts-noto-cjk; .ci/run installs it), and compared pixel by pixel with the
 *     committed images in tests/e2e/screenshots/. A pixel counts as different when a channel differs by more than
 *     DELTA (anti-aliasing moves edges by less); a chart fails when more than TOLERANCE of its pixels differ. The
 *     test proves the tolerance catches a broken chart: the same chart with one bar's label dropped must fail.
 *     UPDATE_SCREENSHOTS=1 rewrites the images (then look at them before committing).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { guardedContext, launchBrowser } from './helpers/browser.ts';
import { comparisonChart, partsChart, rateChart, type ChartSpec } from '../../src/charts/chart-specs.ts';
import { money } from '../../src/domain/money.ts';
import { parsePercent, type Percent } from '../../src/domain/rates.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHOTS = join(ROOT, 'tests/e2e/screenshots');
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';
const WIDTH = 560;
const HEIGHT = 300;
/** A channel difference above this is a changed pixel, not anti-aliasing. */
const DELTA = 48;
/** Share of changed pixels among the chart's inked ones (not white in either image) above which a chart fails. */
const TOLERANCE = 0.01;

const percent = (text: string): Percent => { const p = parsePercent(text); if (!p.ok) throw new Error(text); return p.value; };
const CLASSES = [['一般公共服务支出', '1436.72'], ['农林水支出', '376.90'], ['社会保障和就业支出', '89.52'], ['住房保障支出', '36.85'], ['文化旅游体育与传媒支出', '28.00'], ['卫生健康支出', '24.87']] as const;
const PROJECTS = ['干部教育培训经费', '人才工作经费', '“两新”组织党建工作补助经费', '换届工作经费'];

/** One fixed specification per chart kind the site draws. */
const KINDS: ReadonlyArray<{ name: string; spec: ChartSpec }> = [
  { name: 'parts-horizontal', spec: partsChart({ id: 'v1', title: '本年支出按功能分类（类）', unit: '万元', tableId: 't', parts: CLASSES.map(([label, value]) => ({ label, value: money(value) })) })! },
  { name: 'parts-doughnut', spec: partsChart({ id: 'v2', title: '基本支出与项目支出', unit: '万元', tableId: 't', kind: 'doughnut', parts: [{ label: '基本支出', value: money('575.29') }, { label: '项目支出', value: money('1417.57') }] })! },
  { name: 'comparison-vertical', spec: comparisonChart({ id: 'v3', title: '2023年与上年比较', unit: '万元', tableId: 't', labels: ['本年支出', '基本支出', '项目支出'], series: [{ label: '2022年', values: [money('1378.75'), money('405.91'), money('972.84')] }, { label: '2023年', values: [money('1992.86'), money('575.29'), money('1417.57')] }], description: '' })! },
  { name: 'comparison-horizontal', spec: comparisonChart({ id: 'v4', title: '项目预算数与决算数', unit: '万元', tableId: 't', labels: PROJECTS, series: [{ label: '预算数', values: [money('90'), money('120'), money('31.3'), money('30')] }, { label: '决算数', values: [money('89.99'), money('98.6'), money('31.4'), money('24.76')] }], description: '' })! },
  { name: 'rate', spec: rateChart({ id: 'v5', title: '项目预算执行率', tableId: 't', label: '执行率（%）', labels: PROJECTS, values: [percent('99.99%'), percent('82.17%'), percent('100.32%'), percent('82.53%')], description: '' })! },
];

let browser: Browser;
let page: Page;
let bundle: string;
beforeAll(async () => {
  const fonts = execFileSync('fc-list', [':family=Noto Sans CJK SC', 'family'], { encoding: 'utf8' });
  if (!fonts.trim()) throw new Error('visual tests need the Noto Sans CJK SC font: apt-get install fonts-noto-cjk (.ci/run does)');
  const result = await build({ entryPoints: [join(ROOT, 'src/charts/mount-charts.ts')], bundle: true, format: 'iife', write: false, logLevel: 'silent' });
  bundle = result.outputFiles[0]!.text;
  browser = await launchBrowser();
  const { context } = await guardedContext(browser, { viewport: { width: WIDTH + 40, height: HEIGHT + 40 }, deviceScaleFactor: 1 });
  page = await context.newPage();
});
afterAll(async () => { await browser?.close(); });

/** The chart drawn alone in a fixed page: font, size and colours fixed, no animation. */
async function render(spec: ChartSpec): Promise<Buffer> {
  const attribute = JSON.stringify(spec).replace(/&/g, '&amp;').replace(/'/g, '&#39;');
  await page.setContent(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    html { font-size: 18px; } body { margin: 0; background: #fff; font-family: "Noto Sans CJK SC"; }
    #box { position: relative; width: ${WIDTH}px; height: ${HEIGHT}px; }
  </style></head><body><figure class="chart" style="margin:0"><div id="box"><canvas role="img" aria-label="x" data-chart='${attribute}'></canvas></div></figure></body></html>`);
  await page.addScriptTag({ content: bundle });
  await page.waitForFunction(() => document.querySelector('canvas')?.getAttribute('data-mounted') === 'true', undefined, { timeout: 10_000 });
  return page.locator('#box').screenshot({ animations: 'disabled' });
}

/**
 * Pixels that differ by more than DELTA in some channel, as a share of the pixels inked in either image (so a
 * small chart on much white counts its changes against what is drawn). PNGs are decoded by the browser.
 */
async function difference(a: Buffer, b: Buffer): Promise<{ share: number; size: string }> {
  const decoder = await browser.newPage();
  try {
    return await decoder.evaluate(async ([left, right, delta]) => {
      const pixels = async (base64: string) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = [await pixels(left), await pixels(right)];
      if (x.width !== y.width || x.height !== y.height) return { share: 1, size: `${x.width}×${x.height} vs ${y.width}×${y.height}` };
      let changed = 0;
      let inked = 0;
      const white = (d: Uint8ClampedArray, i: number) => d[i]! > 250 && d[i + 1]! > 250 && d[i + 2]! > 250;
      for (let i = 0; i < x.data.length; i += 4) {
        if (!white(x.data, i) || !white(y.data, i)) inked++;
        if (Math.abs(x.data[i]! - y.data[i]!) > delta || Math.abs(x.data[i + 1]! - y.data[i + 1]!) > delta || Math.abs(x.data[i + 2]! - y.data[i + 2]!) > delta) changed++;
      }
      return { share: changed / Math.max(1, inked), size: `${x.width}×${x.height}` };
    }, [a.toString('base64'), b.toString('base64'), DELTA] as const);
  } finally {
    await decoder.close();
  }
}

describe('charts look as committed', () => {
  test.each(KINDS.map((kind) => [kind.name, kind] as const))('%s', async (name, { spec }) => {
    const file = join(SHOTS, `${name}.png`);
    const shot = await render(spec);
    if (UPDATE) {
      mkdirSync(SHOTS, { recursive: true });
      writeFileSync(file, shot);
      return;
    }
    expect(existsSync(file), `${file} missing: run with UPDATE_SCREENSHOTS=1 and commit it`).toBe(true);
    const { share, size } = await difference(shot, readFileSync(file));
    console.log(`[e2e] chart ${name}: ${(share * 100).toFixed(3)}% of pixels differ from the committed image`);
    if (share > TOLERANCE) {
      const out = join(tmpdir(), `chart-${name}-actual.png`);
      writeFileSync(out, shot);
      console.log(`[e2e] ${name}: ${(share * 100).toFixed(2)}% of pixels differ (${size}); this run's image: ${out}`);
    }
    expect(share, `${name}: share of changed pixels`).toBeLessThanOrEqual(TOLERANCE);
  });

  test('the tolerance catches a broken chart (one bar without its label, or bars of other lengths)', async () => {
    const reference = join(SHOTS, 'parts-horizontal.png');
    if (UPDATE) return;
    const spec = KINDS[0]!.spec;
    const unlabelled = await render({ ...spec, labels: spec.labels.map((label, i) => (i === 2 ? '' : label)) });
    const scaled = await render({ ...spec, series: spec.series.map((s) => ({ ...s, data: s.data.map((v, i) => (i === 1 && v !== null ? v * 1.5 : v)) })) });
    const shares = [(await difference(unlabelled, readFileSync(reference))).share, (await difference(scaled, readFileSync(reference))).share];
    console.log(`[e2e] broken charts: ${shares.map((s) => `${(s * 100).toFixed(2)}%`).join(', ')} of pixels differ (tolerance ${TOLERANCE * 100}%)`);
    for (const share of shares) expect(share).toBeGreaterThan(TOLERANCE);
  });
});
