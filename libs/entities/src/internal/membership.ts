/** Bit masks of sources: leads 1, sales 2, financial 4. Patterns are the non-empty subsets. */
export const PATTERNS = [1, 2, 4, 3, 5, 6, 7] as const;

/** Share of the smallest overlap target given to entities that are in all three sources. */
const TRIPLE_SHARE = 0.5;

export interface MembershipSolution {
  /** Entities per pattern mask (index = mask 1..7). */
  perMask: number[];
  /** Distinct entities per source that are also in another source. */
  overlapping: [number, number, number];
  targets: [number, number, number];
}

/**
 * Decides how many entities have each membership pattern so that each source has exactly `distinct[s]`
 * distinct entities and about `overlap` of them are also in another source. Targets the volumes cannot
 * meet are met as far as possible (the caller warns).
 */
export function solveMembership(distinct: readonly [number, number, number], overlap: number): MembershipSolution {
  const active = distinct.filter((n) => n > 0).length;
  const t = distinct.map((n) => (active < 2 ? 0 : Math.round(overlap * n))) as [number, number, number];
  const [tL, tS, tF] = t;
  // Feasible targets: the triple share is limited so every target stays reachable. When one target exceeds
  // the other two together (e.g. leads far larger than sales + financial) it cannot be met anyway; the smaller
  // sources still share entities with each other (financed deals are sales), at a small cost to the large one.
  const slack = Math.min(tS + tF - tL, tL + tF - tS, tL + tS - tF);
  const triple = Math.floor(TRIPLE_SHARE * Math.min(tL, tS, tF));
  let a = Math.max(0, slack >= 0 ? Math.min(triple, slack) : triple);
  let r = [tL - a, tS - a, tF - a];
  if ((r[0] + r[1] + r[2]) % 2 === 1 && Math.min(...r) >= 1 && a + 1 <= slack) {
    a++;
    r = [tL - a, tS - a, tF - a];
  }
  // pair[i] = entities in the two sources other than i (pair[0] = sales+financial, ...)
  const order = [0, 1, 2].sort((x, y) => r[y] - r[x]);
  const [X, Y, Z] = order.map((i) => r[i]);
  const pairWithout = [0, 0, 0];
  if (X > Y + Z) {
    // X's target is out of reach anyway: half of the smallest residual pairs the two smaller sources with each
    // other (financed sales without a lead), the rest pairs each of them with X.
    const yz = Math.floor(Z / 2);
    pairWithout[order[0]] = yz; // Y with Z
    pairWithout[order[2]] = Y - yz; // X with Y
    pairWithout[order[1]] = Z - yz; // X with Z
  } else if (X === Y + Z) {
    pairWithout[order[2]] = Y; // X with Y
    pairWithout[order[1]] = Z; // X with Z
    pairWithout[order[0]] = 0;
  } else {
    pairWithout[order[2]] = Math.floor((X + Y - Z) / 2);
    pairWithout[order[1]] = Math.floor((X + Z - Y) / 2);
    pairWithout[order[0]] = Math.floor((Y + Z - X) / 2);
  }
  const perMask = new Array<number>(8).fill(0);
  perMask[7] = a;
  perMask[6] = pairWithout[0];
  perMask[5] = pairWithout[1];
  perMask[3] = pairWithout[2];
  const overlapping: [number, number, number] = [
    a + perMask[3] + perMask[5],
    a + perMask[3] + perMask[6],
    a + perMask[5] + perMask[6],
  ];
  perMask[1] = distinct[0] - overlapping[0];
  perMask[2] = distinct[1] - overlapping[1];
  perMask[4] = distinct[2] - overlapping[2];
  return { perMask, overlapping, targets: t };
}
