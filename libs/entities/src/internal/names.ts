import { hashToUnit, type Rng } from '@synth/random';
import { FIRST_NAMES, FR_CA_SURNAMES, FR_CA_TABLE_SHARE, SURNAMES } from './name-table';
import type { Region } from './tables/geo';

/**
 * Share of people who mainly use French at work (Statistics Canada, 2021 Census, "Speaking of work: Languages of
 * work across Canada"): Quebec 79.9%, New Brunswick 20.1%; elsewhere 1 in 10 workers knew French and a third of
 * them used it regularly (about 3.3%). A province's French-Canadian surname share is Quebec's (the ISQ table's
 * share of Quebecers) scaled by its share relative to Quebec's.
 */
const FRENCH_AT_WORK: Readonly<Record<string, number>> = { QC: 0.799, NB: 0.201 };
const FRENCH_AT_WORK_ELSEWHERE = 0.1 / 3;

/** Chance that a person of `region` carries one of the common French-Canadian surnames (0 in the US). */
export function frenchCanadianShare(region: Region | undefined): number {
  if (region === undefined || region.country !== 'CA') return 0;
  return (FR_CA_TABLE_SHARE * (FRENCH_AT_WORK[region.code] ?? FRENCH_AT_WORK_ELSEWHERE)) / FRENCH_AT_WORK.QC;
}

/** A first name by its 1990 U.S. Census frequency, either sex. */
export function firstName(rng: Rng): string {
  return FIRST_NAMES.sampler.pick(rng);
}

/** One surname by frequency: the common French-Canadian ones at their regional share in Canada, else the Census. */
function oneSurname(rng: Rng, region: Region | undefined): string {
  if (region !== undefined && region.country === 'CA' && rng.next() < frenchCanadianShare(region)) {
    return FR_CA_SURNAMES.sampler.pick(rng);
  }
  return SURNAMES.sampler.pick(rng);
}

/** A last name by frequency (see `oneSurname`) for a person of `region`; 3% double-barrelled. */
export function lastName(rng: Rng, region?: Region): string {
  const l = oneSurname(rng, region);
  return rng.next() < 0.03 ? `${l}-${oneSurname(rng, region)}` : l;
}

/** One of the six salespeople of a dealership: the same names for every entity served there. */
const sellers = new WeakMap<object, Map<number, string>>();

/**
 * One of the six salespeople of a dealership (`place` × `slot` identifies it): the same names for every entity
 * served there.
 */
export function salesperson(place: object, slot: number, dealership: string, k: number): string {
  let byPlace = sellers.get(place);
  if (!byPlace) sellers.set(place, (byPlace = new Map()));
  const key = slot * 8 + k;
  let name = byPlace.get(key);
  if (name === undefined) {
    name = sellerName(dealership, k);
    byPlace.set(key, name);
  }
  return name;
}

/** A salesperson's name from the same frequency tables, fixed by hashing the dealership and slot. */
function sellerName(dealership: string, k: number): string {
  const first = FIRST_NAMES.sampler.at(hashToUnit(`${dealership}:${k}:f`));
  return `${first} ${SURNAMES.sampler.at(hashToUnit(`${dealership}:${k}:last`))}`;
}
