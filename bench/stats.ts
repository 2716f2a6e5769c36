/** Small statistics helpers for the benchmark: every figure is a median with its spread. */

export interface Sample {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarise(values: number[]): Sample {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

export async function timeRuns(runs: number, fn: () => Promise<unknown>): Promise<Sample> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return summarise(times);
}

export function formatMs(sample: Sample): string {
  return `${sample.median.toFixed(1)} ms (${sample.min.toFixed(1)}–${sample.max.toFixed(1)}, n=${sample.runs})`;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}
