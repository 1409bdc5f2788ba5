import * as Plot from '@observablehq/plot';

/**
 * Colour for counts from 0 up to `max`: Plot's cividis scheme (designed to read the same with the common
 * colour-vision deficiencies), pale for few and dark for many. Every coloured cell also prints its number.
 */
export function countColour(max: number): (value: number) => string {
  const scale = Plot.scale({
    color: { type: 'linear', scheme: 'cividis', reverse: true, domain: [0, Math.max(1, max)] },
  });
  return (value) => String(scale.apply(value));
}

/** Black or white, whichever contrasts more with `background` (an `rgb(…)` or `#rrggbb` colour): at least 4.5:1. */
export function textOn(background: string): string {
  const [r, g, b] = channels(background).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000' : '#fff';
}

function channels(colour: string): number[] {
  const rgb = colour.match(/\d+(\.\d+)?/g);
  if (colour.startsWith('rgb') && rgb) return rgb.slice(0, 3).map(Number);
  const hex = colour.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

/** Counts below this never reach the darkest colour: a column of zeros and ones should not look like "many". */
const SMALLEST_TOP = 5;

/**
 * One colour scale per heatmap column, each from 0 to that column's largest count (at least 5), so a column of
 * small counts shows its spread instead of being washed out by the column with hundreds (schools).
 */
export function columnColours(columns: number[][]): { top: number; colour: (value: number) => string }[] {
  return columns.map((counts) => {
    const top = Math.max(SMALLEST_TOP, ...counts);
    return { top, colour: countColour(top) };
  });
}
