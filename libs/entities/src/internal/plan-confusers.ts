import { createRng } from '@synth/random';

/**
 * Picks the confusers of one chunk: `round(rate × size)` entities, each pointing at a random
 * non-confuser of the same chunk, with a kind (1 email_local, 2 similar_name, 3 zip_house).
 */
export function planConfusers(seed: number, chunk: number, start: number, size: number, rate: number, confuserOf: Int32Array, confuserKind: Uint8Array): void {
  const n = Math.min(Math.round(rate * size), size - 1);
  if (n <= 0) return;
  const rng = createRng(seed, 'plan', 'confusers', chunk);
  const local = Array.from({ length: size }, (_, i) => i);
  rng.shuffle(local);
  for (let i = 0; i < n; i++) {
    const target = local[n + Math.floor(rng.next() * (size - n))];
    confuserOf[start + local[i]] = start + target;
    confuserKind[start + local[i]] = 1 + Math.floor(rng.next() * 3);
  }
}
