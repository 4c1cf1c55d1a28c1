/**
 * A Chart.js plugin that writes each bar's value on it, as the table shows it (the texts chart-config.ts passes
 * under options.plugins.barValues): inside the bar's end when it fits, just past the end when there is room, else
 * not at all (the tooltip and the table still give it). Drawing only; what to write is decided by the pure config.
 */
import type { Chart, Plugin } from 'chart.js';

interface BarValuesOptions { texts?: ReadonlyArray<ReadonlyArray<string | null>> }
interface BarElementBox { x: number; y: number; base: number; width: number; height: number }

export const barValues: Plugin<'bar'> = {
  id: 'barValues',
  afterDatasetsDraw(chart: Chart<'bar'>, _args, options: BarValuesOptions) {
    const texts = options.texts ?? [];
    const { ctx, chartArea } = chart;
    const horizontal = chart.options.indexAxis === 'y';
    const font = chart.options.font ?? {};
    const size = Number((font as { size?: number }).size ?? 12);
    ctx.save();
    ctx.font = `${size}px ${(font as { family?: string }).family ?? 'sans-serif'}`;
    chart.data.datasets.forEach((dataset, datasetIndex) => {
      const meta = chart.getDatasetMeta(datasetIndex);
      if (meta.type !== 'bar' || meta.hidden) return;
      const fill = String(dataset.backgroundColor ?? '#000');
      meta.data.forEach((element, index) => {
        const text = texts[datasetIndex]?.[index];
        if (!text) return;
        const bar = element as unknown as BarElementBox;
        const width = ctx.measureText(text).width;
        const pad = 4;
        if (horizontal) {
          const length = Math.abs(bar.x - bar.base);
          if (bar.height < size) return;
          ctx.textBaseline = 'middle';
          if (length >= width + 2 * pad) {
            ctx.fillStyle = textOn(fill);
            ctx.textAlign = 'right';
            ctx.fillText(text, bar.x - pad, bar.y);
          } else if (bar.x + pad + width <= chartArea.right) {
            ctx.fillStyle = '#1b1b1b';
            ctx.textAlign = 'left';
            ctx.fillText(text, bar.x + pad, bar.y);
          }
        } else {
          if (bar.width < width + 2) return;
          const length = Math.abs(bar.base - bar.y);
          ctx.textAlign = 'center';
          if (length >= size + 2 * pad) {
            ctx.fillStyle = textOn(fill);
            ctx.textBaseline = 'top';
            ctx.fillText(text, bar.x, bar.y + pad);
          } else if (bar.y - pad - size >= chartArea.top) {
            ctx.fillStyle = '#1b1b1b';
            ctx.textBaseline = 'bottom';
            ctx.fillText(text, bar.x, bar.y - pad);
          }
        }
      });
    });
    ctx.restore();
  },
};

/** White on dark fills, near-black on light ones (AA contrast either way for the series colours of chart-config.ts). */
function textOn(fill: string): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(fill);
  if (!match) return '#1b1b1b';
  const [r, g, b] = match.slice(1).map((hex) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.18 ? '#ffffff' : '#1b1b1b';
}
