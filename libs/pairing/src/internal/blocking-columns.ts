import type { PartyKeys } from '@synth/features';
import { emailLocalKey, firstNameKey, lastNameKey, zipHouseKey } from './blocking-keys';

/**
 * The blocking keys of every record as number columns, NaN for no key: record `i`'s keys at `[i]`. Two records
 * share a number in a column exactly when they share that column's key (`emailLocalKey`, `lastNameKey`,
 * `firstNameKey`, `zipHouseKey` of `blocking-keys`), and `lastName` never shares a number with `firstName`, so a
 * blocking index over the columns groups records exactly as over the key functions.
 */
export interface BlockingColumns {
  /** The email local part, numbered in the order first met. */
  readonly emailLocal: Float64Array;
  readonly lastName: Float64Array;
  readonly firstName: Float64Array;
  /** The zip + house number key; a text one (rare: not both short digit strings) numbered below every other. */
  readonly zipHouse: Float64Array;
}

/** Below every numeric `zipHouseKey` (the lowest is -2^31): text keys are numbered down from here. */
const TEXT_ZIP_HOUSE_BASE = -(2 ** 40);

/**
 * Fills {@link BlockingColumns} record by record. The keys are computed once per record, when its party keys are
 * made (and their strings are still in cache), instead of once per split and miner from keys read back later.
 */
export class BlockingColumnsBuilder {
  private readonly columns: BlockingColumns;
  private readonly emails = new Map<string, number>();
  private readonly zipHouseTexts = new Map<string, number>();

  /** Columns for `count` records, each without keys until {@link set}. */
  constructor(count: number) {
    this.columns = {
      emailLocal: new Float64Array(count).fill(NaN),
      lastName: new Float64Array(count).fill(NaN),
      firstName: new Float64Array(count).fill(NaN),
      zipHouse: new Float64Array(count).fill(NaN),
    };
  }

  /** Sets the keys of record `i` from its party keys. */
  set(i: number, keys: PartyKeys): void {
    const { emailLocal, lastName, firstName, zipHouse } = this.columns;
    const local = emailLocalKey(keys);
    if (local !== '') emailLocal[i] = numberOf(this.emails, local, 0, 1);
    const last = lastNameKey(keys);
    if (last !== '') lastName[i] = last;
    const first = firstNameKey(keys);
    if (first !== '') firstName[i] = first;
    const zip = zipHouseKey(keys);
    if (typeof zip === 'number') zipHouse[i] = zip;
    else if (zip !== '') zipHouse[i] = numberOf(this.zipHouseTexts, zip, TEXT_ZIP_HOUSE_BASE, -1);
  }

  /** The columns (the text numbering is let go). */
  build(): BlockingColumns {
    this.emails.clear();
    this.zipHouseTexts.clear();
    return this.columns;
  }
}

/** The number of `text` in `numbers`: the one it was given, else `base + step × (texts so far)`. */
function numberOf(numbers: Map<string, number>, text: string, base: number, step: number): number {
  let n = numbers.get(text);
  if (n === undefined) numbers.set(text, (n = base + step * numbers.size));
  return n;
}
