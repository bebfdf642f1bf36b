import type { City } from './tables/geo';
import type { Make } from './tables/vehicles';

/** Dealership names by city, then by the make's index in `MAKES`. */
const dealerships = new WeakMap<City, string[]>();
/** Vehicle labels by make, then model, then model year. */
const vehicles = new WeakMap<Make, Map<string, Map<number, string>>>();

/**
 * `Denver Toyota`: the dealership of a make (at `makeIndex` of `MAKES`) in a city. Memoised: every entity served
 * there gets the same string (no new string per entity, nothing to copy when a block's rows outlive a collection).
 */
export function dealershipName(city: City, make: Make, makeIndex: number): string {
  let byMake = dealerships.get(city);
  if (byMake === undefined) dealerships.set(city, (byMake = []));
  return (byMake[makeIndex] ??= `${city.name} ${make.name}`);
}

/** `2021 Toyota Camry`: a vehicle as leads show it, memoised like {@link dealershipName}. */
export function vehicleLabel(make: Make, model: string, year: number): string {
  let byModel = vehicles.get(make);
  if (byModel === undefined) vehicles.set(make, (byModel = new Map()));
  let byYear = byModel.get(model);
  if (byYear === undefined) byModel.set(model, (byYear = new Map()));
  let label = byYear.get(year);
  if (label === undefined) {
    label = `${year} ${make.name} ${model}`;
    byYear.set(year, label);
  }
  return label;
}
