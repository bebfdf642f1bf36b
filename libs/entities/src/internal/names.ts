import { hashToUnit, type Rng } from '@synth/random';
import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from './faker-data';

const pickFrom = (rng: Rng, list: readonly string[]) => list[Math.floor(rng.next() * list.length)];

/** A first name from faker's English lists, half female, half male. */
export function firstName(rng: Rng): string {
  return pickFrom(rng, rng.next() < 0.5 ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
}

/** A last name from faker's English list; 3% double-barrelled. */
export function lastName(rng: Rng): string {
  const l = pickFrom(rng, LAST_NAMES);
  return rng.next() < 0.03 ? `${l}-${pickFrom(rng, LAST_NAMES)}` : l;
}

/** One of the six salespeople of a dealership: the same names for every entity served there. */
const sellers = new WeakMap<object, Map<number, string>>();

/** One of the six salespeople of a dealership (`place` × `slot` identifies it): the same names for every entity served there. */
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

function sellerName(dealership: string, k: number): string {
  const f = hashToUnit(`${dealership}:${k}:first`);
  const firsts = f < 0.5 ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES;
  const first = firsts[Math.floor(hashToUnit(`${dealership}:${k}:f`) * firsts.length)];
  return `${first} ${LAST_NAMES[Math.floor(hashToUnit(`${dealership}:${k}:last`) * LAST_NAMES.length)]}`;
}
