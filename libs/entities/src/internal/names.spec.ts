import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { areNicknames, nicknamesOf } from '@synth/features';
import { createRng } from '@synth/random';
import { emailLocal, slug, workEmailLocal } from './contact';
import { FIRST_NAMES, FR_CA_SURNAMES, FR_CA_TABLE_SHARE, SURNAMES, type NameTable } from './name-table';
import { firstName, frenchCanadianShare, lastName, salesperson } from './names';
import { CA_REGIONS, US_REGIONS } from './tables/geo';

const region = (code: string, country: 'US' | 'CA') => {
  const list = country === 'US' ? US_REGIONS : CA_REGIONS;
  return list[list.findIndex((r) => r.code === code)];
};
const NY = region('NY', 'US');
const QC = region('QC', 'CA');
const BC = region('BC', 'CA');
const DRAWS = 200_000;

const counts = (draw: () => string): Map<string, number> => {
  const m = new Map<string, number>();
  for (let i = 0; i < DRAWS; i++) {
    const s = draw();
    m.set(s, (m.get(s) ?? 0) + 1);
  }
  return m;
};
const share = (t: NameTable, name: string) => t.weights[t.indexOf(name)] / t.weights.reduce((s, w) => s + w, 0);

/** Every one of the table's `k` most frequent names is drawn within 4.5 standard deviations of its expected count. */
function expectTableFrequencies(t: NameTable, seen: Map<string, number>, k: number, factor = 1): void {
  for (const name of t.names.slice(0, k)) {
    const expected = DRAWS * factor * share(t, name);
    const within = Math.abs((seen.get(name) ?? 0) - expected) <= 4.5 * Math.sqrt(expected);
    expect({ name, within }).toEqual({ name, within: true });
  }
}

describe(firstName, () => {
  const rng = createRng(7, 'names', 'first');
  const seen = counts(() => firstName(rng));

  it('should draw first names by their Census frequency (200k draws, top 30 within 4.5 sigma)', () => {
    expectTableFrequencies(FIRST_NAMES, seen, 30);
  });

  it('should rank the drawn names like the table (the 5 most drawn are among the table top 8)', () => {
    const top = [...seen]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([n]) => n);
    expect(top.every((n) => FIRST_NAMES.indexOf(n) < 8)).toBe(true);
  });

  it('should be deterministic for a seed', () => {
    const a = createRng(3, 'x');
    const b = createRng(3, 'x');
    expect(Array.from({ length: 50 }, () => firstName(a))).toEqual(Array.from({ length: 50 }, () => firstName(b)));
  });
});

describe(lastName, () => {
  it('should draw US surnames by frequency, Smith first (97% single-barrelled)', () => {
    const rng = createRng(8, 'names', 'last');
    const seen = counts(() => lastName(rng, NY));
    expectTableFrequencies(SURNAMES, seen, 30, 0.97);
    expect(SURNAMES.names.slice(0, 3)).toEqual(['Smith', 'Johnson', 'Williams']);
    expect([...seen].sort((a, b) => b[1] - a[1])[0][0]).toBe('Smith');
    const frOnly = (n: string) => FR_CA_SURNAMES.indexOf(n) >= 0 && SURNAMES.weights[SURNAMES.indexOf(n)] === 0;
    expect([...seen.keys()].some(frOnly)).toBe(false);
  });

  it('should give Quebec its French-Canadian surnames at their ISQ share (Tremblay about 1.08%)', () => {
    const rng = createRng(9, 'names', 'qc');
    const seen = counts(() => lastName(rng, QC));
    const tremblay = seen.get('Tremblay') ?? 0;
    const expected = DRAWS * 0.97 * FR_CA_TABLE_SHARE * share(FR_CA_SURNAMES, 'Tremblay');
    expect(Math.abs(tremblay - expected)).toBeLessThanOrEqual(4.5 * Math.sqrt(expected));
    expect(expected / DRAWS).toBeCloseTo(0.97 * 0.01076, 4);
    expect(seen.get('Côté') ?? 0).toBeGreaterThan(0);
  });

  it('should give other provinces a smaller French-Canadian share and the US none', () => {
    expect(frenchCanadianShare(QC)).toBeCloseTo(FR_CA_TABLE_SHARE, 10);
    expect(frenchCanadianShare(region('NB', 'CA'))).toBeCloseTo((FR_CA_TABLE_SHARE * 0.201) / 0.799, 10);
    expect(frenchCanadianShare(BC)).toBeLessThan(frenchCanadianShare(region('NB', 'CA')));
    expect(frenchCanadianShare(NY)).toBe(0);
    expect(FR_CA_TABLE_SHARE).toBeGreaterThan(0.1);
    expect(FR_CA_TABLE_SHARE).toBeLessThan(0.2);
  });
});

describe('name tables', () => {
  it('should hold title-cased Census names, Mc/Mac/O\u2019 names spelled the usual way', () => {
    for (const t of [FIRST_NAMES, SURNAMES]) {
      expect(t.names.filter((n) => n === n.toUpperCase() || n !== n.trim())).toEqual([]);
    }
    const missing = (names: string[]) => names.filter((n) => SURNAMES.indexOf(n) < 0);
    expect(missing(['McDonald', "O'Brien", "O'Connor", 'MacDonald', 'MacLeod', 'McCoy'])).toEqual([]);
    expect(missing(['Mack', 'Macias', 'Machado', 'Odell', 'Owens', 'Ortiz'])).toEqual([]);
    expect(FR_CA_SURNAMES.names.slice(0, 4)).toEqual(['Tremblay', 'Gagnon', 'Roy', 'Côté']);
  });

  it('should have their weights sorted, most frequent first', () => {
    for (const t of [FIRST_NAMES, SURNAMES, FR_CA_SURNAMES]) {
      const drawn = Array.from(t.weights).filter((w) => w > 0);
      expect(drawn).toEqual([...drawn].sort((a, b) => b - a));
    }
  });

  it('should keep the shipped tables light (300 KB or less)', () => {
    const dir = join(__dirname, 'tables', 'names');
    const bytes = readdirSync(dir).reduce((s, f) => s + statSync(join(dir, f)).size, 0);
    expect(bytes).toBeLessThanOrEqual(300 * 1024);
  });

  it.each([
    ['Robert', 'Bob'],
    ['William', 'Bill'],
    ['Elizabeth', 'Liz'],
    ['Katherine', 'Kate'],
    ['James', 'Jim'],
    ['Margaret', 'Peggy'],
  ])('should keep nicknames working on the table name %s (%s)', (formal, nick) => {
    expect(FIRST_NAMES.indexOf(formal)).toBeGreaterThanOrEqual(0);
    expect(nicknamesOf(formal)).toContain(nick);
    expect(areNicknames(formal, nick)).toBe(true);
  });
});

describe('accented names', () => {
  it('should fold accents in email local parts (Côté → cote, never ct)', () => {
    expect(slug('Côté')).toBe('cote');
    expect(slug('Lévesque-Bélanger')).toBe('levesquebelanger');
    expect(slug("O'Brien")).toBe('obrien');
    const rng = createRng(4, 'accents');
    for (let i = 0; i < 200; i++) {
      expect(emailLocal(rng, 'Hélène', 'Côté')).toMatch(/^[a-z0-9._]+$/);
      expect(workEmailLocal(rng, 'Hélène', 'Gagné')).toMatch(/^(helene|h)?\.?(gagne|g)?$/);
    }
  });
});

describe(salesperson, () => {
  it('should name salespeople from the Census tables, the same name for the same slot', () => {
    const place = {};
    const name = salesperson(place, 0, 'Metro Ford', 2);
    const [first, last] = name.split(' ');
    expect([FIRST_NAMES.indexOf(first) >= 0, SURNAMES.indexOf(last) >= 0]).toEqual([true, true]);
    expect(salesperson(place, 0, 'Metro Ford', 2)).toBe(name);
  });
});
