import { LAST_NAMES, STREET_NAMES, STREET_SUFFIXES } from './faker-data';

describe('faker locale data', () => {
  it.each([
    ['LAST_NAMES', LAST_NAMES, 400],
    ['STREET_NAMES', STREET_NAMES, 300],
    ['STREET_SUFFIXES', STREET_SUFFIXES, 100],
  ] as const)('should load %s from faker.rawDefinitions (at least %#)', (_name, list, min) => {
    expect(list.length).toBeGreaterThanOrEqual(min);
    expect(list.every((s) => typeof s === 'string' && s.length > 0)).toBe(true);
  });
});
