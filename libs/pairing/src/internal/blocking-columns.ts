import type { PartyKeys } from '@synth/features';
import { emailLocalKey, firstNameKey, lastNameKey, zipHouseKey } from './blocking-keys';

/**
 * The blocking keys of every record as columns, record `i`'s at `[i]`: numbers (NaN for no key), but for the email
 * local part, kept as text (`''` for none: numbering it would cost a lookup in a map of texts, as much as the
 * index's own). Two records share a value in a column exactly when they share that column's key (`emailLocalKey`,
 * `lastNameKey`, `firstNameKey`, `zipHouseKey` of `blocking-keys`), and `lastName` never shares a number with
 * `firstName`, so a blocking index over the columns groups records exactly as over the key functions.
 */
export interface BlockingColumns {
  /** The email local part. */
  readonly emailLocal: readonly string[];
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
  private readonly emailLocal: string[];
  private readonly lastName: Float64Array;
  private readonly firstName: Float64Array;
  private readonly zipHouse: Float64Array;
  private readonly zipHouseTexts = new Map<string, number>();

  /** Columns for `count` records, each without keys until {@link set}. */
  constructor(count: number) {
    this.emailLocal = new Array<string>(count).fill('');
    this.lastName = new Float64Array(count).fill(NaN);
    this.firstName = new Float64Array(count).fill(NaN);
    this.zipHouse = new Float64Array(count).fill(NaN);
  }

  /** Sets the keys of record `i` from its party keys. */
  set(i: number, keys: PartyKeys): void {
    this.emailLocal[i] = emailLocalKey(keys);
    const last = lastNameKey(keys);
    if (last !== '') this.lastName[i] = last;
    const first = firstNameKey(keys);
    if (first !== '') this.firstName[i] = first;
    const zip = zipHouseKey(keys);
    if (typeof zip === 'number') this.zipHouse[i] = zip;
    else if (zip !== '') this.zipHouse[i] = zipHouseTextNumber(this.zipHouseTexts, zip);
  }

  /** The columns (the text numbering is let go). */
  build(): BlockingColumns {
    this.zipHouseTexts.clear();
    const { emailLocal, lastName, firstName, zipHouse } = this;
    return { emailLocal, lastName, firstName, zipHouse };
  }
}

/** The number of a text zip + house key: the one it was given, else the next one down from the base. */
function zipHouseTextNumber(numbers: Map<string, number>, text: string): number {
  let n = numbers.get(text);
  if (n === undefined) numbers.set(text, (n = TEXT_ZIP_HOUSE_BASE - numbers.size));
  return n;
}
