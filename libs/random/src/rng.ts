/**
 * The one interface through which randomness enters synth. Every generator takes an `Rng`
 * as an argument; no module calls `Math.random` or keeps a global generator.
 */
export interface Rng {
  /** The path this stream was derived from, e.g. `42:entities:3`. */
  readonly key: string;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty array, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** Shuffles `items` in place (Fisher–Yates) and returns it. */
  shuffle<T>(items: T[]): T[];
  /** An independent stream derived from this one's key and `path`; it does not consume from this stream. */
  child(...path: (string | number)[]): Rng;
}
