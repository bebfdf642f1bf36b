import seedrandom from 'seedrandom';
import type { Rng } from './rng';

class AleaRng implements Rng {
  private readonly prng: () => number;

  constructor(readonly key: string) {
    this.prng = seedrandom.alea(key);
  }

  next(): number {
    return this.prng();
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.prng() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.prng() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick() needs a non-empty array');
    return items[Math.floor(this.prng() * items.length)];
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.prng() * (i + 1));
      const t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
    return items;
  }

  child(...path: (string | number)[]): Rng {
    return new AleaRng([this.key, ...path].join(':'));
  }
}

/**
 * Creates a seeded stream for `(seed, ...path)`, e.g. `createRng(42, 'entities', block)`.
 * The same seed and path always give the same sequence, in any process, whatever else was drawn:
 * streams are derived from names, never from a shared sequential stream.
 *
 * @example
 * const rng = createRng(42, 'noise', 7);
 * rng.int(1, 6); // the same number on every run
 */
export function createRng(seed: string | number, ...path: (string | number)[]): Rng {
  return new AleaRng([String(seed), ...path].join(':'));
}
