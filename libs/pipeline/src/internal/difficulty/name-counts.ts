import { hashName, nameHash } from './internal/hash-name';

/** Name counts as they cross a worker boundary: name hashes (two 32-bit halves) and entity counts, in step. */
export interface NameCountsJson {
  entities: number;
  /** High 21 bits of each name's 53-bit hash. */
  hi: Uint32Array;
  /** Low 32 bits of each name's 53-bit hash. */
  lo: Uint32Array;
  counts: Uint32Array;
}

const EMPTY = 0;

/**
 * Entities per canonical name (first and last name, lowercased), keyed by a 53-bit hash of the name in
 * open-addressing typed arrays: 12 bytes per slot, no per-name objects for the garbage collector (about 25 MB at
 * a million distinct names). Counts merge by addition, so the result does not depend on how entities were split
 * into blocks, workers or merge order.
 *
 * @example
 * const names = new NameCounts();
 * names.add('Ann', 'Lee'); names.add('ANN', 'lee'); names.add('Bo', 'Lee');
 * names.homonymousEntities(); // 2
 */
export class NameCounts {
  /** Entities added, with a name or not. */
  entities = 0;
  /** Distinct names. */
  size = 0;
  private hi: Uint32Array;
  private lo: Uint32Array;
  /** 0 = empty slot (a stored name has at least one entity). */
  private counts: Uint32Array;
  private mask: number;

  constructor(capacity = 1024) {
    const slots = 2 ** Math.max(4, Math.ceil(Math.log2(capacity)));
    this.hi = new Uint32Array(slots);
    this.lo = new Uint32Array(slots);
    this.counts = new Uint32Array(slots);
    this.mask = slots - 1;
  }

  /** Adds one entity by its canonical name; an entity missing either part shares its name with nobody. */
  add(first: string | null | undefined, last: string | null | undefined): void {
    this.entities++;
    if (!first || !last) return;
    hashName(first, last);
    this.bump(nameHash[0], nameHash[1], 1);
  }

  /** Adds another block's counts. */
  merge(other: NameCountsJson): void {
    this.entities += other.entities;
    for (let i = 0; i < other.counts.length; i++) this.bump(other.hi[i], other.lo[i], other.counts[i]);
  }

  /** Entities whose name at least one other entity has. */
  homonymousEntities(): number {
    let n = 0;
    for (let i = 0; i < this.counts.length; i++) if (this.counts[i] >= 2) n += this.counts[i];
    return n;
  }

  /** A compact copy of the counts (typed arrays: cheap to post to another thread). */
  toJSON(): NameCountsJson {
    const hi = new Uint32Array(this.size);
    const lo = new Uint32Array(this.size);
    const counts = new Uint32Array(this.size);
    let j = 0;
    for (let i = 0; i < this.counts.length; i++) {
      if (this.counts[i] === EMPTY) continue;
      hi[j] = this.hi[i];
      lo[j] = this.lo[i];
      counts[j++] = this.counts[i];
    }
    return { entities: this.entities, hi, lo, counts };
  }

  private bump(hi: number, lo: number, by: number): void {
    const { mask } = this;
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    while (this.counts[i] !== EMPTY) {
      if (this.lo[i] === lo && this.hi[i] === hi) {
        this.counts[i] += by;
        return;
      }
      i = (i + 1) & mask;
    }
    this.hi[i] = hi;
    this.lo[i] = lo;
    this.counts[i] = by;
    if (++this.size * 2 > mask) this.grow();
  }

  /** Doubles the table (load stays at most one half). */
  private grow(): void {
    const { hi, lo, counts } = this;
    const slots = counts.length * 2;
    this.hi = new Uint32Array(slots);
    this.lo = new Uint32Array(slots);
    this.counts = new Uint32Array(slots);
    this.mask = slots - 1;
    this.size = 0;
    for (let i = 0; i < counts.length; i++) if (counts[i] !== EMPTY) this.bump(hi[i], lo[i], counts[i]);
  }
}
