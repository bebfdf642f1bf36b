import { CheckTally } from './check-tally';
import type { PairCounts } from './pair-counts';
import type { ValidationGates } from '../validation-report';

/** `balance`, `gate_positives`, `gate_hard_negatives` from the pair counts. */
export function gateChecks(counts: PairCounts, gates: ValidationGates | null): CheckTally[] {
  const balance = new CheckTally('balance');
  const positives = new CheckTally('gate_positives');
  const hard = new CheckTally('gate_hard_negatives');
  const p = counts.totalPositives();
  const n = counts.totalNegatives();
  const h = counts.hardNegatives();
  const ratio = p > 0 ? n / p : null;
  balance.checked = p + n;
  positives.checked = p;
  hard.checked = h;
  balance.detail = { positives: p, negatives: n, ratio, perSplit: counts.perSplit() };
  positives.detail = { positives: p };
  hard.detail = { hardNegatives: h };
  if (!gates) {
    for (const t of [balance, positives, hard]) t.skip('no gates for this run');
    return [balance, positives, hard];
  }
  const { min, max } = gates.negRatio;
  balance.detail = { ...balance.detail, min, max };
  if (ratio === null) balance.fail(`pairs: no positives, so negatives per positive cannot be ${min}..${max}`);
  else if (ratio < min || ratio > max) {
    balance.fail(
      `pairs: ${n} negatives per ${p} positives = ${round(ratio)} negatives per positive, outside ${min}..${max}`,
    );
  }
  positives.detail = { ...positives.detail, min: gates.minPositives };
  if (p < gates.minPositives) positives.fail(`pairs: ${p} positives, fewer than the ${gates.minPositives} required`);
  hard.detail = { ...hard.detail, min: gates.minHardNegatives };
  if (h < gates.minHardNegatives)
    hard.fail(`pairs: ${h} hard negatives, fewer than the ${gates.minHardNegatives} required`);
  return [balance, positives, hard];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
