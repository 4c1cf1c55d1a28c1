/**
 * Client script, bundled only into pages that render a chart. Finds canvases carrying a chart spec, waits for
 * fonts (CJK labels measure wrongly before), and draws them with animation off. The table next to each canvas
 * stays the accessible source of every number.
 */
import {
  Chart, BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement,
  LineController, LineElement, PointElement, Legend, Tooltip,
} from 'chart.js';
import type { ChartSpec } from './chart-specs.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, LineController, LineElement, PointElement, Legend, Tooltip);

const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif';
// Colour-blind-safe palette with AA contrast against white.
const COLOURS = ['#0b4f9c', '#c0392b', '#1e7b4a', '#7d3c98', '#b35900', '#2e6b7a', '#6b6b00', '#8c2f5a'];

/** Wraps long labels into lines of at most `width` characters. */
function wrap(label: string, width = 10): string[] {
  const lines: string[] = [];
  for (let i = 0; i < label.length; i += width) lines.push(label.slice(i, i + width));
  return lines;
}

function draw(canvas: HTMLCanvasElement): void {
  const spec = JSON.parse(canvas.dataset.chart ?? '{}') as ChartSpec;
  const hasPercent = spec.series.some((s) => s.percentAxis);
  const valueAxis = spec.horizontal ? 'x' : 'y';
  new Chart(canvas, {
    type: spec.kind,
    data: {
      labels: spec.labels.map((label) => (spec.kind === 'doughnut' ? label : wrap(label))),
      datasets: spec.series.map((series, index) => ({
        label: series.label,
        data: [...series.data],
        backgroundColor: spec.kind === 'doughnut' ? COLOURS : series.percentAxis ? '#b35900' : COLOURS[index % COLOURS.length],
        borderColor: series.percentAxis ? '#b35900' : COLOURS[index % COLOURS.length],
        ...(series.percentAxis ? { type: 'line' as const, yAxisID: 'percent', xAxisID: undefined } : {}),
      })) as never,
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: spec.horizontal ? 'y' : 'x',
      plugins: { legend: { display: spec.series.length > 1 || spec.kind === 'doughnut' }, tooltip: { enabled: true } },
      scales: spec.kind === 'doughnut' ? {} : {
        [valueAxis]: { beginAtZero: true, stacked: spec.stacked ?? false, title: { display: true, text: spec.unit } },
        ...(hasPercent ? { percent: { position: 'right', beginAtZero: true, title: { display: true, text: '%' }, grid: { drawOnChartArea: false } } } : {}),
      },
    },
  });
}

function mountAll(): void {
  Chart.defaults.font.family = FONT;
  Chart.defaults.font.size = 14;
  Chart.defaults.color = '#1b1b1b';
  document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]').forEach((canvas) => {
    const figure = canvas.closest('.chart');
    try {
      figure?.removeAttribute('hidden'); // charts start hidden so that without JavaScript only the table shows
      draw(canvas);
      canvas.dataset.mounted = 'true';
    } catch {
      figure?.setAttribute('hidden', ''); // the table beside it still holds every figure
    }
  });
}

(document.fonts?.ready ?? Promise.resolve()).then(mountAll, mountAll);
