import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { type ReactNode, useEffect, useRef } from 'react';

// Only the chart types the dashboard uses are bundled.
echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

/** Okabe–Ito: distinguishable with the common forms of colour blindness. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'];

/**
 * One chart with its text alternative: the same figures as a table for screen readers and for anyone who prefers
 * numbers. Clicking a bar or segment calls `onSelect` with its series and data index.
 */
interface Props {
  title: string;
  option: echarts.EChartsCoreOption;
  alternative: ReactNode;
  /** When set, this line stands where the chart would be: there is nothing to draw. */
  empty?: string | undefined;
  onSelect?: ((point: { seriesIndex: number; dataIndex: number }) => void) | undefined;
  height?: number | undefined;
}

export function EChart({ title, option, alternative, empty, onSelect, height }: Props) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current || empty) return;
    const chart = echarts.init(host.current, undefined, { renderer: 'svg' });
    chart.setOption({ color: PALETTE, aria: { enabled: true }, animation: false, ...option });
    if (onSelect)
      chart.on('click', (params) => onSelect({ seriesIndex: params.seriesIndex ?? 0, dataIndex: params.dataIndex }));
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option, onSelect, empty]);
  if (empty) {
    return (
      <figure className="chart panel">
        <figcaption>
          <h3>{title}</h3>
        </figcaption>
        <p className="chart__empty">{empty}</p>
      </figure>
    );
  }
  return (
    <figure className="chart panel">
      <figcaption>
        <h3>{title}</h3>
      </figcaption>
      <div ref={host} className="chart__canvas" aria-hidden="true" style={height ? { height } : undefined} />
      <details className="chart__alternative">
        <summary>{title}: tabel</summary>
        {alternative}
      </details>
    </figure>
  );
}
