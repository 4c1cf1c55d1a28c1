/**
 * Client script, bundled only into pages that render a chart. Finds canvases carrying a chart spec, waits for
 * fonts (CJK labels measure wrongly before), and draws them with the configuration chart-config.ts builds. The
 * table next to each canvas stays the accessible source of every number.
 */
import {
  Chart, BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement,
  LineController, LineElement, PointElement, Legend, Tooltip,
} from 'chart.js';
import type { ChartSpec } from './chart-specs.ts';
import { chartConfig } from './chart-config.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, LineController, LineElement, PointElement, Legend, Tooltip);

const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif';

function mountAll(): void {
  Chart.defaults.font.family = FONT;
  Chart.defaults.font.size = 14;
  Chart.defaults.color = '#1b1b1b';
  document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]').forEach((canvas) => {
    const figure = canvas.closest('.chart');
    try {
      figure?.removeAttribute('hidden'); // charts start hidden so that without JavaScript only the table shows
      new Chart(canvas, chartConfig(JSON.parse(canvas.dataset.chart ?? '{}') as ChartSpec));
      canvas.dataset.mounted = 'true';
    } catch {
      figure?.setAttribute('hidden', ''); // the table beside it still holds every figure
    }
  });
}

(document.fonts?.ready ?? Promise.resolve()).then(mountAll, mountAll);
