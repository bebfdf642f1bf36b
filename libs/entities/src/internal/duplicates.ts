import type { Rng } from '@synth/random';
import type { DupDistribution } from '../generation-options';

/** Draws duplicate counts (1..cap) from the configured distribution. */
export class DupCountSampler {
  private readonly cdf: Float64Array;

  constructor(private readonly dist: DupDistribution) {
    const cap = dist.cap;
    const w = new Float64Array(cap);
    for (let k = 1; k <= cap; k++) {
      if (dist.kind === 'uniform') w[k - 1] = 1;
      else if (dist.kind === 'zipf') w[k - 1] = Math.pow(k, -(dist.exponent ?? 2));
      else {
        const lambda = dist.lambda ?? 1;
        let p = Math.exp(-lambda);
        for (let j = 1; j <= k - 1; j++) p *= lambda / j;
        w[k - 1] = p;
      }
    }
    if (dist.kind === 'poisson') {
      // the tail beyond cap is truncated onto cap
      const sum = w.reduce((s, x) => s + x, 0);
      w[cap - 1] += Math.max(0, 1 - sum);
    }
    this.cdf = new Float64Array(cap);
    let acc = 0;
    const total = w.reduce((s, x) => s + x, 0);
    for (let i = 0; i < cap; i++) {
      acc += w[i] / total;
      this.cdf[i] = acc;
    }
  }

  draw(rng: Rng): number {
    const u = rng.next();
    for (let i = 0; i < this.cdf.length; i++) if (u < this.cdf[i]) return i + 1;
    return this.dist.cap;
  }
}

/**
 * Adds exactly `total` duplicates to the members of one source (`counts[e]` is 1 for members): entities
 * are visited in random order, each drawing its count from the distribution (the last one truncated);
 * if the draws run short, counts below the cap are topped up one by one.
 */
export function allocateDuplicates(
  counts: Uint8Array,
  members: Int32Array,
  total: number,
  dist: DupDistribution,
  rng: Rng,
): void {
  const sampler = new DupCountSampler(dist);
  let remaining = total;
  const n = members.length;
  for (let i = 0; i < n && remaining > 0; i++) {
    const j = i + Math.floor(rng.next() * (n - i));
    const e = members[j];
    members[j] = members[i];
    members[i] = e;
    const k = Math.min(sampler.draw(rng), remaining);
    counts[e] += k;
    remaining -= k;
  }
  for (let i = 0; remaining > 0 && i < n * dist.cap; i++) {
    const e = members[i % n];
    if (counts[e] <= dist.cap) {
      counts[e]++;
      remaining--;
    }
  }
}
