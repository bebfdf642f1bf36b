import fc from 'fast-check';
import { NOISE_STRATEGIES } from '../noise-strategies';
import type { FieldKind } from '../types';
import {
  ADDRESSES,
  CITIES,
  COMPANIES,
  contextFor,
  EMAILS,
  FIRST_NAMES,
  LAST_NAMES,
  PHONES,
  rngArb,
  ZIPS_CA,
  ZIPS_US,
} from '../testing-internal/fixtures';

/** Values as the pipeline renders them, with the Census-style names (nicknames, accented surnames) too. */
const VALUES: Record<string, readonly string[]> = {
  first_name: [
    ...FIRST_NAMES,
    'James',
    'JOHN',
    'william',
    'Élodie',
    'François',
    'Hélène',
    'Zoé',
    'Jo',
    'Al',
    'Ed',
    'Liz',
    'Bill',
    'Peggy',
  ],
  last_name: [
    ...LAST_NAMES,
    'Côté',
    'Gagnon',
    'Bélanger',
    'Lévesque',
    'Bouchard',
    'Gauthier',
    'SMITH',
    "d'Amour",
    'Ng',
    'O',
  ],
  company: [...COMPANIES, 'Côté & Fils Inc.', 'Ng LLC'],
  address: [...ADDRESSES, '1 Rue Côté', '200 Boul. René-Lévesque O', '5 N'],
  city: [...CITIES, 'Québec', 'Trois-Rivières', 'Saint-Jean-sur-Richelieu', 'ST. LOUIS', 'fort worth'],
  email: [
    ...EMAILS,
    'helene.cote@videotron.ca',
    'a.b@gmail.com',
    'x.y.z@me.com',
    'JOHN.SMITH@GMAIL.COM',
    'a1.b2@mac.com',
  ],
  phone: PHONES,
  zip: [...ZIPS_US, ...ZIPS_CA, '00001', '00002', '99999', 'A0A 0A0', 'Z9Z9Z9'],
};

describe('every strategy', () => {
  const cases = NOISE_STRATEGIES.flatMap((s) => s.kinds.filter((k) => k in VALUES).map((k) => [s.name, k] as const));

  it.each(cases)('%s should change every %s value it counts as an opportunity (no silent no-op)', (name, kind) => {
    const strategy = NOISE_STRATEGIES.find((s) => s.name === name) ?? NOISE_STRATEGIES[0];
    const ctx = contextFor(kind as FieldKind);
    fc.assert(
      fc.property(fc.constantFrom(...VALUES[kind]), rngArb, (value, rng) => {
        fc.pre(strategy.isApplicable(value, ctx));
        expect(strategy.apply(value, rng, ctx)).not.toBe(value);
      }),
      { numRuns: 300 },
    );
  });
});
