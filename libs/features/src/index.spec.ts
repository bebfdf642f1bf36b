import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as api from './index';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'testing-internal' ? [] : sourceFiles(p);
    return p.endsWith('.ts') && !p.endsWith('.spec.ts') ? [p] : [];
  });
}

describe('@synth/features public API', () => {
  it('should export the contract names', () => {
    const names = [
      'jaro',
      'jaroWinkler',
      'levenshtein',
      'damerauLevenshtein',
      'osaDistance',
      'normalizedLevenshtein',
      'qgramJaccard',
      'tokenJaccard',
      'mongeElkan',
      'soundex',
      'doubleMetaphone',
      'normalizeEmail',
      'normalizePhone',
      'normalizeName',
      'normalizeAddress',
      'normalizeZip',
      'normalizeCompany',
      'nicknameCanonical',
      'areNicknames',
      'nicknamesOf',
      'NICKNAMES',
      'USPS_STREET_SUFFIXES',
      'USPS_UNIT_WORDS',
      'DIRECTIONALS',
      'EMAIL_DOMAIN_ALIASES',
      'isPlausibleEmail',
      'isPlausiblePhone',
      'isPlausibleZip',
      'featureNames',
      'FEATURE_VERSION',
      'toPartyRecord',
      'pairFeatures',
      'normalizeParty',
      'pairFeaturesNormalized',
      'pairFeaturesNormalizedInto',
      'normalizePartyKeys',
      'completeParty',
      'PartyColumns',
      'FeaturesError',
      // The shared vocabulary of every synth package
      'SOURCES',
      'SPLITS',
      'POSITIVE_KINDS',
      'HARD_NEGATIVE_KINDS',
      'NEGATIVE_KINDS',
      'PAIR_KINDS',
      'PAIR_KEY_COLUMNS',
      'FIELD_KINDS',
    ];
    expect(Object.keys(api).sort()).toEqual([...names].sort());
  });

  it('should print nothing when loaded', () => {
    const write = jest.spyOn(process.stdout, 'write');
    const log = jest.spyOn(console, 'log');
    jest.isolateModules(() => {
      require('./index');
    });
    expect(write).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
    write.mockRestore();
    log.mockRestore();
  });

  it('should have no runtime dependency: no package import in src, none in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg['dependencies']).toBeUndefined();
    expect(pkg['peerDependencies']).toBeUndefined();
    for (const file of sourceFiles(__dirname)) {
      const specifiers = [...readFileSync(file, 'utf8').matchAll(/(?:from|require\()\s*'([^']+)'/g)].map((m) => m[1]);
      for (const s of specifiers) expect(`${file}: ${s}`).toMatch(/: \.\.?\//);
    }
  });
});
