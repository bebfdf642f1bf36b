import type { NormalizedParty, PartyColumns, PartyKeys } from '@synth/features';

/**
 * The normalised party of each record, completed from its keys (`completeParty`) the first time a pair asks
 * for it and kept while pairs still need it: records in no pair (about half of them) are never completed, and
 * once {@link expectUses} has said how many times each record will be asked for, a party is let go after its
 * last use, so that most die young instead of living (and being copied by the scavenger) to the block's end.
 */
export class CompletedParties {
  private readonly parties: (NormalizedParty | undefined)[];
  /** Uses left per record, once known: a party is dropped when its record's count reaches 0. */
  private left: Int32Array | undefined;

  /**
   * Record `i` is party `origin[i]` of `columns`, and `keys[i]` its keys (`columns.keys(origin[i])`, or equal
   * values).
   */
  constructor(
    private readonly columns: PartyColumns,
    private readonly origin: Int32Array,
    private readonly keys: readonly PartyKeys[],
  ) {
    this.parties = new Array<NormalizedParty | undefined>(origin.length);
  }

  /**
   * Says how many more times each record's party will be asked for (`uses[i]` for record `i`; the array is
   * counted down in place). Until then, and for a record asked for more often, a party is kept once completed.
   */
  expectUses(uses: Int32Array): void {
    this.left = uses;
  }

  /** `normalizeParty(columns.get(origin[i]))`, computed once per stretch of uses. */
  get(i: number): NormalizedParty {
    let party = this.parties[i];
    if (party === undefined) {
      party = this.columns.complete(this.origin[i], this.keys[i]);
      this.parties[i] = party;
    }
    if (this.left !== undefined && --this.left[i] === 0) this.parties[i] = undefined;
    return party;
  }
}
