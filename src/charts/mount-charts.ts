/**
 * Client script, bundled only into pages that render a chart. Finds canvases carrying a chart spec, waits for
 * fonts (CJK labels measure wrongly before), and draws them with the configuration chart-config.ts builds. Chart
 * text follows the reader's text size (the header's 字号 control): charts are redrawn when it changes. The table
 * next to each canvas stays the accessible source of every number.
 */
import {
  Chart, BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement,
  LineController, LineElement, PointElement, Legend, Tooltip,
} from 'chart.js';
import type { ChartSpec } from './chart-specs.ts';
import { chartConfig } from './chart-config.ts';
import { barValues } from './bar-values.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, LineController, LineElement, PointElement, Legend, Tooltip, barValues);

const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif';

/** Chart text at 85% of the page's root size: 15 px at the standard size, larger when the reader chooses 大 or 特大. */
function textSize(): number {
  return Math.round(parseFloat(getComputedStyle(document.documentElement).fontSize) * 0.85);
}

const charts: Chart[] = [];

function mountAll(): void {
  Chart.defaults.font.family = FONT;
  Chart.defaults.font.size = textSize();
  Chart.defaults.color = '#1b1b1b';
  document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]').forEach((canvas) => {
    const figure = canvas.closest('.chart');
    try {
      figure?.removeAttribute('hidden'); // charts start hidden so that without JavaScript only the table shows
      const spec = JSON.parse(canvas.dataset.chart ?? '{}') as ChartSpec;
      const chart = new Chart(canvas, chartConfig(spec));
      charts.push(chart);
      // How many category labels were drawn (every one of spec.labels: none skipped), for the browser tests.
      const categories = chart.scales[spec.horizontal ? 'y' : 'x'];
      if (categories) canvas.dataset.labelsDrawn = String(categories.ticks.length);
      canvas.dataset.mounted = 'true';
    } catch {
      figure?.setAttribute('hidden', ''); // the table beside it still holds every figure
    }
  });
}

document.addEventListener('change', (event) => {
  if ((event.target as HTMLInputElement | null)?.name !== 'text-size') return;
  const size = textSize();
  Chart.defaults.font.size = size;
  for (const chart of charts) {
    chart.options.font = { ...chart.options.font, size };
    chart.update();
  }
});

(document.fonts?.ready ?? Promise.resolve()).then(mountAll, mountAll);
