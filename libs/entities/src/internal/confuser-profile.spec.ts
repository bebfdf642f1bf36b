import { areNicknames, jaroWinkler, normalizeName } from '@synth/features';
import { createRng } from '@synth/random';
import fc from 'fast-check';
import { SIMILAR_NAME_BOUND, similarName } from './confuser-profile';
import { FIRST_NAMES, SURNAMES } from './name-table';
import { firstName, lastName } from './names';
import { CA_REGIONS, US_REGIONS } from './tables/geo';

const REGIONS = [...US_REGIONS, ...CA_REGIONS];
const isSurname = (l: string) => SURNAMES.indexOf(l) >= 0 || l.split('-').every((part) => SURNAMES.indexOf(part) >= 0);

describe(similarName, () => {
  it('should take another real name within the Jaro-Winkler bound, never the same or a nickname (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.nat({ max: REGIONS.length - 1 }), (seed, r) => {
        const region = REGIONS[r];
        const rng = createRng(seed, 'similar');
        const first = firstName(rng);
        const last = lastName(rng, region);
        const near = similarName(rng, first, last, region);
        if (near === null) return;
        const [f, l] = near;
        expect(FIRST_NAMES.indexOf(f)).toBeGreaterThanOrEqual(0);
        expect(isSurname(l)).toBe(true);
        // Exactly one side changes, to another real spelling close to the target's.
        expect((f === first) !== (l === last)).toBe(true);
        const [mine, theirs] = f === first ? [l, last] : [f, first];
        expect(normalizeName(mine)).not.toBe(normalizeName(theirs));
        expect(jaroWinkler(normalizeName(mine), normalizeName(theirs))).toBeGreaterThanOrEqual(SIMILAR_NAME_BOUND);
        if (f !== first) {
          const [a, b] = [normalizeName(f), normalizeName(first)];
          expect(areNicknames(a, b) || a.startsWith(b) || b.startsWith(a)).toBe(false);
        }
        // The pairing rule of neg_similar_name: normalised full names with Jaro-Winkler > 0.9.
        const full = jaroWinkler(normalizeName(`${f} ${l}`), normalizeName(`${first} ${last}`));
        expect(full).toBeGreaterThan(SIMILAR_NAME_BOUND);
      }),
      { numRuns: 500 },
    );
  });

  it('should find real neighbours for most people and prefer common ones (Kristen/Kirsten, Johnson/Johnston)', () => {
    const rng = createRng(5, 'similar', 'share');
    const ny = US_REGIONS[US_REGIONS.findIndex((r) => r.code === 'NY')];
    let found = 0;
    for (let i = 0; i < 2000; i++) if (similarName(rng, firstName(rng), lastName(rng, ny), ny) !== null) found++;
    expect(found / 2000).toBeGreaterThan(0.95);
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const a = similarName(rng, 'Kristen', 'Zywicki', ny);
      const b = similarName(rng, 'Zbigniew', 'Johnson', ny);
      if (a) seen.add(a[0]);
      if (b) seen.add(b[1]);
    }
    expect(seen.has('Kirsten')).toBe(true);
    expect(seen.has('Johnston')).toBe(true);
  });

  it('should change one part of a double-barrelled surname', () => {
    const rng = createRng(6, 'similar', 'hyphen');
    const [first, last] = similarName(rng, 'Zbigniew', 'Johnson-Zywicki', US_REGIONS[0]) ?? ['', ''];
    expect(first).toBe('Zbigniew');
    expect(last).toMatch(/^[A-Z][a-z']+-Zywicki$/);
    expect(last).not.toBe('Johnson-Zywicki');
  });

  it('should give up (null) rather than invent a spelling when neither name has a real neighbour', () => {
    expect(similarName(createRng(1, 'x'), 'Zbigniew', 'Zywicki', US_REGIONS[0])).toBeNull();
  });

  it.each(['John', 'Christopher', 'Robert', 'Ann'])('should never give %s a nickname or diminutive of it', (name) => {
    const rng = createRng(2, 'similar', 'nick');
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const near = similarName(rng, name, 'Zywicki', US_REGIONS[0]);
      if (near) seen.add(near[0]);
    }
    const lower = name.toLowerCase();
    const bad = [...seen].filter(
      (f) => areNicknames(f, name) || f.toLowerCase().startsWith(lower) || lower.startsWith(f.toLowerCase()),
    );
    expect(bad).toEqual([]);
  });
});
