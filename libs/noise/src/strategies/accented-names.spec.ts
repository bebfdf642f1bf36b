import fc from 'fast-check';
import { damerauLevenshtein, normalizeName } from '@synth/features';
import { caseStrategy } from './case';
import { punctuationStrategy } from './punctuation';
import { typoStrategy } from './typo';
import { contextFor, rngArb } from '../testing-internal/fixtures';

// French-Canadian surnames that @synth/entities now draws for Canadian people (ISQ's most frequent names).
const ACCENTED = ['Côté', 'Gagné', 'Bélanger', 'Lévesque', 'Hébert', 'Bédard', 'St-Pierre', 'Côté-Tremblay'];
const accentedArb = fc.constantFrom(...ACCENTED);
const accents = (s: string) => s.replace(/[^\u00c0-\u017f]/g, '');

describe('noise strategies on accented names', () => {
  it('should typo only the ASCII letters of an accented surname, keeping its accents (distance 1 or 2)', () => {
    fc.assert(
      fc.property(accentedArb, rngArb, (name, rng) => {
        const out = typoStrategy.apply(name, rng, contextFor('last_name'));
        const d = damerauLevenshtein(name, out);
        expect(d >= 1 && d <= 2).toBe(true);
        expect(accents(out)).toBe(accents(name));
      }),
    );
  });

  it('should change only the case of an accented surname (CÔTÉ, côté), normalised back to the same name', () => {
    fc.assert(
      fc.property(accentedArb, rngArb, (name, rng) => {
        const out = caseStrategy.apply(name, rng, contextFor('last_name'));
        expect(out).not.toBe(name);
        expect(normalizeName(out)).toBe(normalizeName(name));
      }),
    );
    expect(normalizeName('CÔTÉ')).toBe('cote');
  });

  it('should edit the hyphen of St-Pierre and Côté-Tremblay, never an accented letter', () => {
    fc.assert(
      fc.property(fc.constantFrom('St-Pierre', 'Côté-Tremblay'), rngArb, (name, rng) => {
        const out = punctuationStrategy.apply(name, rng, contextFor('last_name'));
        expect(out).not.toBe(name);
        expect(accents(out)).toBe(accents(name));
        expect(out.replace(/[^A-Za-z\u00c0-\u017f]/g, '')).toBe(name.replace(/[^A-Za-z\u00c0-\u017f]/g, ''));
      }),
    );
  });
});
