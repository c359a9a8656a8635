// Small statistics shared by the benchmarks, both the Node drivers and the entries bundled into the page.

/** The middle value (the upper one of an even count); NaN for none. */
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Wall time of `fn` in milliseconds. */
export function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}
