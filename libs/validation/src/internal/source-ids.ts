import { hash64, hashOut } from './hash';
import { HashSet64 } from './hash-set-64';

/**
 * The ids of one source's records and truth rows in a block: each record id hashed once, into the set of the
 * block's record ids and a list of its distinct ids in the order they first came. A block's truth rows most often
 * name its records in that very order (a record and its truth row are made together): while they do, a truth id is
 * matched to the record id at its position by a string comparison, neither hashed nor stored, and the truth ids'
 * set is the records' set. The truth set is built (from the matched records' hashes, in the same order) only once
 * a truth row parts from them. Either way every answer is that of hashing each truth id into a set of its own.
 */
export class SourceIds {
  /** The hashes of the distinct non-empty record ids. */
  readonly records = new HashSet64();
  /** Records whose id is empty (counted by the caller: they are not added). */
  emptyRecords = 0;
  /** The distinct non-empty record ids, in the order they first came. */
  private readonly recordList: string[] = [];
  /** Their hashes, interleaved `[hi0, lo0, hi1, lo1, …]` (the first `2 * recordList.length` words). */
  private recordOrder = new Uint32Array(2048);
  /** The hashes of the truth ids, once the truth rows parted from the records; until then the records' set. */
  private truth: HashSet64 | undefined;
  /** The distinct truth ids in the order they came, once the truth rows parted from the records. */
  private truthList: string[] = [];
  /** Truth rows matched to `recordList[0..matched)`, in order, while the truth rows follow the records. */
  private matched = 0;

  /** Adds a record's non-empty id; false when it repeats (by hash) an earlier one. */
  addRecord(id: string): boolean {
    hash64(id);
    const hi = hashOut[0];
    const lo = hashOut[1];
    if (!this.records.add(hi, lo)) return false;
    const at = this.recordList.length * 2;
    if (at + 2 > this.recordOrder.length) {
      const grown = new Uint32Array(this.recordOrder.length * 2);
      grown.set(this.recordOrder);
      this.recordOrder = grown;
    }
    this.recordOrder[at] = hi;
    this.recordOrder[at + 1] = lo;
    this.recordList.push(id);
    return true;
  }

  /** Adds a truth row's non-empty id; false when the id had a truth row already. */
  addTruth(id: string): boolean {
    if (this.truth === undefined) {
      if (this.matched < this.recordList.length && this.recordList[this.matched] === id) {
        // A new truth id: its hash is that of a record id, distinct from the hashes of those matched before.
        this.matched++;
        return true;
      }
      this.part();
    }
    if (!(this.truth as HashSet64).addString(id)) return false;
    this.truthList.push(id);
    return true;
  }

  /** The hashes of the distinct non-empty record ids in the order they first came, interleaved `[hi, lo, …]`. */
  orderedRecordHashes(): Uint32Array {
    return this.recordOrder.slice(0, this.recordList.length * 2);
  }

  /**
   * The hashes of the truth ids (`HashSet64.toArray` order), given those of the record ids (`records.toArray()`):
   * the same array when the truth rows named exactly the records, in their order.
   */
  truthHashes(recordHashes: Uint32Array): Uint32Array {
    if (this.truth === undefined && this.matched === this.recordList.length) return recordHashes;
    return this.part().toArray();
  }

  /**
   * The record ids without a truth row, then the truth ids without a record (normally none), given the arrays of
   * {@link truthHashes} and `records.toArray()`: the hashes are looked up first, the ids read again only for a stray.
   */
  strays(recordHashes: Uint32Array, truthHashes: Uint32Array): string[] {
    if (recordHashes === truthHashes) return [];
    const truth = this.part();
    const out: string[] = [];
    if (!allIn(recordHashes, truth)) for (const id of this.recordList) if (!truth.hasString(id)) out.push(id);
    if (!allIn(truthHashes, this.records))
      for (const id of this.truthList) if (!this.records.hasString(id)) out.push(id);
    return out;
  }

  /** The truth ids' own set, made from the records matched so far (inserted in their order) if not made yet. */
  private part(): HashSet64 {
    if (this.truth !== undefined) return this.truth;
    const truth = new HashSet64();
    for (let i = 0; i < this.matched * 2; i += 2) truth.add(this.recordOrder[i], this.recordOrder[i + 1]);
    this.truthList = this.recordList.slice(0, this.matched);
    this.truth = truth;
    return truth;
  }
}

/** Whether every hash of `pairs` (`[hi, lo, …]`) is in `set`. */
function allIn(pairs: Uint32Array, set: HashSet64): boolean {
  for (let i = 0; i < pairs.length; i += 2) if (!set.has(pairs[i], pairs[i + 1])) return false;
  return true;
}
