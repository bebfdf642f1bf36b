import fc from 'fast-check';
import { areNicknames } from './are-nicknames';
import { nicknameCanonical } from './nickname-canonical';
import { nicknamesOf } from './nicknames-of';
import { DIRECTIONALS } from './tables/directionals';
import { EMAIL_DOMAIN_ALIASES } from './tables/email-domain-aliases';
import { NICKNAMES } from './tables/nicknames';
import { USPS_STREET_SUFFIXES } from './tables/usps-street-suffixes';
import { USPS_UNIT_WORDS } from './tables/usps-unit-words';

describe('NICKNAMES', () => {
  it('should hold several hundred formal names with Title Case entries', () => {
    expect(NICKNAMES.length).toBeGreaterThanOrEqual(400);
    for (const [formal, nicks] of NICKNAMES) {
      expect(formal).toMatch(/^[A-Z][a-z]+$/);
      expect(nicks.length).toBeGreaterThan(0);
      for (const n of nicks) expect(n).toMatch(/^[A-Z][a-z]+$/);
    }
  });

  it('should list each formal name once', () => {
    const formals = NICKNAMES.map(([f]) => f);
    expect(new Set(formals).size).toBe(formals.length);
  });
});

describe(nicknamesOf, () => {
  it.each([
    ['Robert', 'Bob'],
    ['robert', 'Bobby'],
    ['Bob', 'Robert'],
    ['Alexander', 'Alex'],
    ['Alex', 'Alexander'],
    ['Bill', 'William'],
    ['Peggy', 'Margaret'],
    ['Margaret', 'Peggy'],
    ['Liz', 'Elizabeth'],
  ])('should relate %j to %j', (name, related) => {
    expect(nicknamesOf(name)).toContain(related);
  });

  it('should give [] for an unknown name', () => {
    expect(nicknamesOf('Zoltan')).toEqual([]);
  });

  it('should be symmetric: every relative lists the name back', () => {
    for (const [formal, nicks] of NICKNAMES) {
      for (const n of nicks) {
        expect(nicknamesOf(formal)).toContain(n);
        expect(nicknamesOf(n)).toContain(formal);
      }
    }
  });
});

describe(nicknameCanonical, () => {
  it.each([
    ['Bill', 'william'],
    ['BOB', 'robert'],
    ['Peggy', 'margaret'],
    ['Robert', 'robert'],
    ['Zoltan', 'zoltan'],
    ['', ''],
  ])('should map %j to %j', (name, canonical) => {
    expect(nicknameCanonical(name)).toBe(canonical);
  });
});

const names = fc.oneof(
  fc.constantFrom(...NICKNAMES.flatMap(([formal, nicks]) => [formal, ...nicks])),
  fc.string({ maxLength: 8 }),
);

describe('nickname properties', () => {
  it('should make nicknameCanonical idempotent and areNicknames symmetric and reflexive', () => {
    fc.assert(
      fc.property(names, names, (a, b) => {
        const c = nicknameCanonical(a);
        expect(nicknameCanonical(c)).toBe(c);
        expect(areNicknames(a, b)).toBe(areNicknames(b, a));
        if (c !== '') expect(areNicknames(a, a.toUpperCase())).toBe(true);
      }),
    );
  });
});

describe(areNicknames, () => {
  it.each([
    ['Bob', 'Robert', true],
    ['Robert', 'bob', true],
    ['Bob', 'Rob', true],
    ['Bill', 'Will', true],
    ['Peggy', 'Margaret', true],
    ['Alex', 'Alexander', true],
    ['Alex', 'Alexandra', true],
    ['Zoltan', 'zoltan', true],
    ['Bob', 'Bill', false],
    ['John', 'Mary', false],
    ['', '', false],
  ])('should give areNicknames(%j, %j) = %j', (a, b, expected) => {
    expect(areNicknames(a, b)).toBe(expected);
    expect(areNicknames(b, a)).toBe(expected);
  });
});

describe('address and email tables', () => {
  it('should map USPS full words to their abbreviations', () => {
    expect(USPS_STREET_SUFFIXES.Street).toBe('St');
    expect(USPS_STREET_SUFFIXES.Avenue).toBe('Ave');
    expect(USPS_STREET_SUFFIXES.Boulevard).toBe('Blvd');
    expect(Object.keys(USPS_STREET_SUFFIXES).length).toBeGreaterThan(150);
    expect(USPS_UNIT_WORDS.Apartment).toBe('Apt');
    expect(USPS_UNIT_WORDS.Suite).toBe('Ste');
    expect(USPS_UNIT_WORDS['#']).toBe('#');
    expect(DIRECTIONALS.North).toBe('N');
    expect(DIRECTIONALS.Southwest).toBe('SW');
  });

  it('should alias googlemail.com to gmail.com and never chain aliases', () => {
    const map = new Map(EMAIL_DOMAIN_ALIASES);
    expect(map.get('googlemail.com')).toBe('gmail.com');
    for (const [, canonical] of EMAIL_DOMAIN_ALIASES) expect(map.has(canonical)).toBe(false);
  });
});
