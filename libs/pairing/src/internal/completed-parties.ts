import { completeParty } from '@synth/features';
import type { NormalizedParty, PartyKeys } from '@synth/features';
import type { PairingRecord } from '../types';

/**
 * The normalised party of each record, completed from its keys (`completeParty`) the first time a pair asks
 * for it and kept for the block: records in no pair (about half of them) are never completed.
 */
export class CompletedParties {
  private readonly parties: (NormalizedParty | undefined)[];

  constructor(
    private readonly records: readonly PairingRecord[],
    private readonly keys: readonly PartyKeys[],
  ) {
    this.parties = new Array<NormalizedParty | undefined>(records.length);
  }

  /** `normalizeParty(records[i].party)`, computed once. */
  get(i: number): NormalizedParty {
    let party = this.parties[i];
    if (party === undefined) {
      party = completeParty(this.records[i].party, this.keys[i]);
      this.parties[i] = party;
    }
    return party;
  }
}
