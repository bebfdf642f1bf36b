import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES, STREET_NAMES, STREET_SUFFIXES } from './faker-data';

describe('faker locale data', () => {
  it.each([
    ['FEMALE_FIRST_NAMES', FEMALE_FIRST_NAMES, 1000],
    ['MALE_FIRST_NAMES', MALE_FIRST_NAMES, 1000],
    ['LAST_NAMES', LAST_NAMES, 400],
    ['STREET_NAMES', STREET_NAMES, 300],
    ['STREET_SUFFIXES', STREET_SUFFIXES, 100],
  ] as const)('should load %s from faker.rawDefinitions (at least %#)', (_name, list, min) => {
    expect(list.length).toBeGreaterThanOrEqual(min);
    expect(list.every((s) => typeof s === 'string' && s.length > 0)).toBe(true);
  });
});
