// Plenary and the baseline server side by side: the same page, the same data, the same machine,
// measured in alternation over several rounds so that a burst of other work on the machine weighs
// on both, with the load average and each server's memory under load recorded beside the figures.
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { machine, serverRssMb } from './server.mjs';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

/** One run of autocannon against `request`, sampling the server's RSS while it lasts. */
async function run(request, { connections, duration, server }) {
  let peakRssMb = 0;
  const sample = () => (peakRssMb = Math.max(peakRssMb, serverRssMb(server)));
  const sampling = setInterval(sample, 250);
  try {
    const loadBefore = machine().loadAverage1m;
    const result = await autocannon({ ...request, connections, duration });
    sample();
    return {
      requests: result.requests.total,
      errors: result.errors + result.non2xx,
      throughputPerSecond: result.requests.average,
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      peakRssMb: Math.round(peakRssMb),
      loadAverage1m: [loadBefore, machine().loadAverage1m],
    };
  } finally {
    clearInterval(sampling);
  }
}

/**
 * Measures `plenary` and `baseline` ({ request: autocannon options, server: { child } }) in
 * alternation: `rounds` rounds at each number of connections, Plenary first in odd rounds and the
 * baseline first in even ones. Figures are the medians of the rounds; the ratio is Plenary's over
 * the baseline's throughput (1 is as fast as one hand-written statement).
 */
export async function alternate({ plenary, baseline, rounds, duration, connections }) {
  const byConnections = [];
  for (const count of connections) {
    const runs = { plenary: [], baseline: [] };
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? ['plenary', 'baseline'] : ['baseline', 'plenary'];
      for (const side of order) {
        const target = side === 'plenary' ? plenary : baseline;
        runs[side].push(await run(target.request, { connections: count, duration, server: target.server }));
      }
    }
    const summary = (list) => ({
      throughputPerSecond: median(list.map((r) => r.throughputPerSecond)),
      latencyMs: { p50: median(list.map((r) => r.latencyMs.p50)), p99: median(list.map((r) => r.latencyMs.p99)) },
      peakRssMb: Math.max(...list.map((r) => r.peakRssMb)),
      errors: list.reduce((n, r) => n + r.errors, 0),
    });
    const p = summary(runs.plenary);
    const b = summary(runs.baseline);
    byConnections.push({
      connections: count,
      plenary: p,
      baseline: b,
      throughputRatio: b.throughputPerSecond
        ? Math.round((p.throughputPerSecond / b.throughputPerSecond) * 100) / 100
        : null,
      p50Ratio: p.latencyMs.p50 ? Math.round((b.latencyMs.p50 / p.latencyMs.p50) * 100) / 100 : null,
      loadAverage1m: [...runs.plenary, ...runs.baseline].flatMap((r) => r.loadAverage1m),
      rounds: runs,
    });
  }
  return byConnections;
}

/** Where two answers first differ ("meeting.participants[3].email: a ≠ b"), or null when they are the same. */
export function firstDifference(a, b, at = '') {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length)
      return `${at}: ${a.length} ≠ ${b.length} entries`;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(a[key], b[key], Array.isArray(a) ? `${at}[${key}]` : at ? `${at}.${key}` : key);
      if (found) return found;
    }
  }
  return `${at}: ${JSON.stringify(a)?.slice(0, 80)} ≠ ${JSON.stringify(b)?.slice(0, 80)}`;
}

/** One line for the summary: both sides' figures and their ratio. */
export function describeComparison(c) {
  const side = (s) => `${s.throughputPerSecond} req/s, p50 ${s.latencyMs.p50} ms, p99 ${s.latencyMs.p99} ms`;
  const load = c.loadAverage1m;
  return (
    `${c.connections} conn: Plenary ${side(c.plenary)}, RSS ${c.plenary.peakRssMb} MB | baseline ${side(c.baseline)}` +
    ` | ratio ${c.throughputRatio} (p50 ${c.p50Ratio}) | load ${Math.min(...load)}–${Math.max(...load)}`
  );
}
