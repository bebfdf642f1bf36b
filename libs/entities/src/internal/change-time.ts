import type { Rng } from '@synth/random';

/** Days in a year, for rates per year. */
export const DAYS_PER_YEAR = 365.25;

/**
 * Chance that a change with annual rate `rate` (people moving house, changing phone number) has happened
 * within `years`: 1 − (1 − rate)^years. 0 at Δt = 0, growing with Δt, `rate` after one year.
 */
export function changeProbability(rate: number, years: number): number {
  return years <= 0 ? 0 : 1 - Math.pow(1 - rate, years);
}

/**
 * Years until the change happens, drawn so that P(years ≤ t) = changeProbability(rate, t) for every t
 * (exponential waiting time, one draw). Infinity when the rate is 0. A record dated Δt after the canonical
 * one shows the change iff Δt ≥ this draw, so every record of an entity tells one consistent story.
 */
export function drawChangeYears(rng: Rng, rate: number): number {
  const u = rng.next();
  if (rate <= 0) return Infinity;
  if (rate >= 1) return 0;
  return Math.log(1 - u) / Math.log(1 - rate);
}
