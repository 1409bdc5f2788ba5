import { useEffect, useRef } from 'react';

/**
 * Mounts a chart made by Observable Plot (an SVG element) and replaces it when `make` changes. The chart is one
 * image to assistive technology, named by its `ariaLabel`, with its numbers in a table beside it; Plot's
 * `aria-label`s on inner groups (not allowed on a plain `g`) are removed.
 */
export function PlotFigure({ make, className }: { make: () => SVGSVGElement | HTMLElement; className?: string }) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = make();
    chart.setAttribute('role', 'img');
    chart.querySelectorAll('g[aria-label]').forEach((g) => g.removeAttribute('aria-label'));
    holder.current?.replaceChildren(chart);
    return () => chart.remove();
  }, [make]);
  return <div className={className} ref={holder} />;
}
