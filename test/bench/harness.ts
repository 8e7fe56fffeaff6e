/**
 * Benchmarks report ratios against a baseline measured in the same process, so a slow machine moves
 * both sides alike. Each `*.bench.ts` file in this folder exports `benches`.
 */
export interface Bench {
  name: string;
  /** What the ratio is measured against, e.g. one Intl.Segmenter pass over the same text. */
  baselineLabel: string;
  /** The budget the issue sets: ratio must stay at or under it. */
  maxRatio: number;
  /** Runs once before timing (build inputs, warm caches). Returns the two functions to time. */
  setup(): Promise<{ run: () => unknown; baseline: () => unknown }> | { run: () => unknown; baseline: () => unknown };
  /** Timed iterations of each side; defaults to 30. */
  iterations?: number;
}

export interface BenchResult {
  name: string;
  median_ms: number;
  p99_ms: number;
  baseline_median_ms: number;
  ratio: number;
  max_ratio: number;
  baseline: string;
  iterations: number;
  ok: boolean;
}

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? 0;
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export async function measure(bench: Bench): Promise<BenchResult> {
  const { run, baseline } = await bench.setup();
  const n = bench.iterations ?? 30;
  // Warm both sides so the JIT and caches are in the same state for each.
  for (let i = 0; i < 3; i++) {
    run();
    baseline();
  }
  const a: number[] = [];
  const b: number[] = [];
  // Interleave so a burst of machine load hits both sides alike.
  for (let i = 0; i < n; i++) {
    a.push(time(run));
    b.push(time(baseline));
  }
  a.sort((x, y) => x - y);
  b.sort((x, y) => x - y);
  const median = quantile(a, 0.5);
  const baseMedian = quantile(b, 0.5);
  const ratio = baseMedian > 0 ? median / baseMedian : Infinity;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    name: bench.name,
    median_ms: round(median),
    p99_ms: round(quantile(a, 0.99)),
    baseline_median_ms: round(baseMedian),
    ratio: Math.round(ratio * 100) / 100,
    max_ratio: bench.maxRatio,
    baseline: bench.baselineLabel,
    iterations: n,
    ok: ratio <= bench.maxRatio,
  };
}
