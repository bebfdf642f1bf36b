import type { City } from './tables/geo';
import { MAKES, type Make } from './tables/vehicles';

/** Dealership names by city, then by the make's index in `MAKES`. */
const dealerships = new WeakMap<City, string[]>();
/**
 * `Denver Toyota`: the dealership of a make (at `makeIndex` of `MAKES`) in a city. Memoised: every entity served
 * there gets the same string (no new string per entity, nothing to copy when a block's rows outlive a collection).
 */
export function dealershipName(city: City, make: Make, makeIndex: number): string {
  let byMake = dealerships.get(city);
  if (byMake === undefined) dealerships.set(city, (byMake = []));
  return (byMake[makeIndex] ??= `${city.name} ${make.name}`);
}

/** Model years {@link vehicleLabel} memoises are this one and the next 299; others are written each time. */
const FIRST_MEMO_YEAR = 1900;
const MEMO_YEARS = 300;
/** Vehicle labels by make index, then model index, then model year less `FIRST_MEMO_YEAR`. */
const vehicles: string[][][] = MAKES.map((m) => m.models.map(() => []));

/**
 * `2021 Toyota Camry`: the vehicle at `modelIndex` of the models of the make at `makeIndex` of `MAKES`, as leads show
 * it; memoised like {@link dealershipName}, in arrays by index (no lookup by make, model name or year).
 */
export function vehicleLabel(makeIndex: number, modelIndex: number, year: number): string {
  const make = MAKES[makeIndex];
  const slot = year - FIRST_MEMO_YEAR;
  const byYear = vehicles[makeIndex][modelIndex];
  if (!(slot >= 0 && slot < MEMO_YEARS && slot === Math.floor(slot)))
    return `${year} ${make.name} ${make.models[modelIndex][0]}`;
  return (byYear[slot] ??= `${year} ${make.name} ${make.models[modelIndex][0]}`);
}
