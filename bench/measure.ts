/** Timing helpers for the benchmarks: wall-clock samples, median and 95th percentile. */
export function time(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function timeAsync(run: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

export interface Row {
  name: string;
  median: number;
  p95: number;
  unit: string;
  baseline: number;
  /** The measured value the ratio is taken from (p95 or a single run). */
  ratio: number;
  target: number;
  note?: string;
}

export function formatTable(rows: readonly Row[]): string {
  const header = ['measure', 'median', 'p95', 'baseline', 'ratio', 'target', 'result'];
  const lines = rows.map((r) => [
    r.name,
    `${r.median.toFixed(1)} ${r.unit}`,
    `${r.p95.toFixed(1)} ${r.unit}`,
    `${r.baseline.toFixed(1)} ${r.unit}`,
    `${r.ratio.toFixed(3)}×`,
    `≤ ${r.target}×`,
    r.ratio <= r.target ? 'pass' : 'FAIL',
  ]);
  const table = [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`);
  return table.join('\n');
}
