import { hash53 } from './internal/hash53';

/** Name counts as they cross a worker boundary: parallel arrays of name hashes and entity counts. */
export interface NameCountsJson {
  entities: number;
  keys: number[];
  counts: number[];
}

/**
 * Entities per canonical name (first and last name, lowercased), keyed by a 53-bit hash of the name so memory
 * stays near 50 bytes per distinct name (about 50 MB at a million). Counts merge by addition, so the result does
 * not depend on how entities were split into blocks, workers or merge order.
 *
 * @example
 * const names = new NameCounts();
 * names.add('Ann', 'Lee'); names.add('ANN', 'lee'); names.add('Bo', 'Lee');
 * names.homonymousEntities(); // 2
 */
export class NameCounts {
  private readonly counts = new Map<number, number>();
  /** Entities added, with a name or not. */
  entities = 0;

  /** Adds one entity by its canonical name; an entity missing either part shares its name with nobody. */
  add(first: string | null | undefined, last: string | null | undefined): void {
    this.entities++;
    if (!first || !last) return;
    this.bump(hash53(`${first.toLowerCase()}\u0000${last.toLowerCase()}`), 1);
  }

  /** Adds another block's counts. */
  merge(other: NameCountsJson): void {
    this.entities += other.entities;
    for (let i = 0; i < other.keys.length; i++) this.bump(other.keys[i], other.counts[i]);
  }

  /** Entities whose name at least one other entity has. */
  homonymousEntities(): number {
    let n = 0;
    for (const c of this.counts.values()) if (c >= 2) n += c;
    return n;
  }

  toJSON(): NameCountsJson {
    return { entities: this.entities, keys: [...this.counts.keys()], counts: [...this.counts.values()] };
  }

  private bump(key: number, by: number): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + by);
  }
}
