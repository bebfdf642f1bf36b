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
    MAKES.forEach((make, i) =>
      make.models.forEach(([model], j) => {
        for (const year of [1899, 1900, 2015, 2026, 2199, 2200, 2026.5]) {
          // Asked twice: the second answer comes from the memo where the year is one it keeps.
          expect(vehicleLabel(i, j, year)).toBe(`${year} ${make.name} ${model}`);
          expect(vehicleLabel(i, j, year)).toBe(`${year} ${make.name} ${model}`);
        }
      }),
    );
  });
});
