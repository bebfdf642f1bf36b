import { Alea, prefixState } from './internal/alea';
import type { Rng } from './rng';

/** Mash's state before any key: that of an empty prefix. */
const EMPTY = prefixState('');

/** An {@link Rng} on Alea, seeded from its key: `prefix + rest`, Mash's state after `prefix` being `start`. */
class AleaRng extends Alea implements Rng {
  readonly key: string;

  constructor(prefix: string, rest: string, start: number) {
    super(prefix, rest, start);
    this.key = prefix + rest;
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
    return new AleaRng('', joinKey(this.key, path), EMPTY);
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
  return new AleaRng('', joinKey(String(seed), path), EMPTY);
}

/**
 * The streams of `(seed, ...path, last)` for many `last`: `createRngs(seed, ...path)(last)` is
 * `createRng(seed, ...path, last)`, number for number, but the first of Mash's three passes over the shared path
 * is done once, here (the other two start from a state that depends on `last`, so they still read it per
 * stream), and the joined key is never read as one string. For one stream per record.
 *
 * @example
 * const noiseRng = createRngs(42, 'noise', 'leads');
 * noiseRng('L0000001').next() === createRng(42, 'noise', 'leads', 'L0000001').next(); // true
 */
export function createRngs(seed: string | number, ...path: (string | number)[]): (last: string | number) => Rng {
  const prefix = `${joinKey(String(seed), path)}:`;
  const start = prefixState(prefix);
  return (last) => new AleaRng(prefix, String(last), start);
}
