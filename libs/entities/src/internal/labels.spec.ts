import { dealershipName, vehicleLabel } from './labels';
import { US_REGIONS } from './tables/geo';
import { MAKES } from './tables/vehicles';

describe(dealershipName, () => {
  it('should name the make in the city, the same text on every call', () => {
    const city = US_REGIONS[0].cities[0];
    MAKES.forEach((make, i) => {
      const name = dealershipName(city, make, i);
      expect(name).toBe(`${city.name} ${make.name}`);
      expect(Object.is(dealershipName(city, make, i), name)).toBe(true);
    });
  });
});

describe(vehicleLabel, () => {
  it('should write year, make and model, the same text on every call', () => {
    for (const make of MAKES)
      for (const [model] of make.models)
        for (const year of [2015, 2026]) {
          const label = vehicleLabel(make, model, year);
          expect(label).toBe(`${year} ${make.name} ${model}`);
          expect(Object.is(vehicleLabel(make, model, year), label)).toBe(true);
        }
  });
});
