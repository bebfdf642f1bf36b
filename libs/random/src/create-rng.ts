import { Alea } from './internal/alea';
import type { Rng } from './rng';

/** An {@link Rng} on Alea, seeded from its key. */
class AleaRng extends Alea implements Rng {
  constructor(readonly key: string) {
    super(key);
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick() needs a non-empty array');
    return items[Math.floor(this.next() * items.length)];
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
    return items;
  }

  child(...path: (string | number)[]): Rng {
    return new AleaRng(joinKey(this.key, path));
  }
}

/** `head` and the parts of `path`, joined by `:` (what `[head, ...path].join(':')` gives, without the arrays). */
function joinKey(head: string, path: readonly (string | number)[]): string {
  let key = head;
  for (let i = 0; i < path.length; i++) key += `:${path[i]}`;
  return key;
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
  return new AleaRng(joinKey(String(seed), path));
}
