import { normalizeParty, pairFeatures } from '@synth/features';
import { isSimilarNameNegative } from './pair-definitions';
import { firstNameKey, lastNameKey } from './blocking-keys';

// @synth/entities draws French-Canadian surnames with their accents (Côté, Gagné, Lévesque): noise may drop or
// upper-case them, so the pairing keys and the similar-name rule must see one name.
const keysOf = (first: string, last: string, email: string) =>
  normalizeParty({ first_name: first, last_name: last, email });

describe('pairing keys of accented names', () => {
  it.each([
    ['Hélène', 'Côté', 'Helene', 'COTE'],
    ['Mélanie', 'Gagné', 'MÉLANIE', 'Gagne'],
    ['Sébastien', 'Lévesque', 'sebastien', 'LÉVESQUE'],
  ])('should give %s %s and %s %s the same names and blocking keys', (f1, l1, f2, l2) => {
    const a = keysOf(f1, l1, 'a@videotron.ca');
    const b = keysOf(f2, l2, 'b@gmail.com');
    expect([a.firstName, a.lastName, a.fullName]).toEqual([b.firstName, b.lastName, b.fullName]);
    expect(a.lastName).toMatch(/^[a-z]+$/);
    expect([lastNameKey(a), firstNameKey(a)]).toEqual([lastNameKey(b), firstNameKey(b)]);
    // Two different people with these names (other emails, no phone) are a similar-name negative.
    expect(isSimilarNameNegative(a, b)).toBe(true);
  });

  it('should compare accented and plain spellings as equal names in the pair features', () => {
    const accented = { first_name: 'Hélène', last_name: 'Côté' };
    const f = pairFeatures(accented, { first_name: 'Helene', last_name: 'Cote' });
    expect([f.first_name_jw, f.last_name_jw, f.name_jw]).toEqual([1, 1, 1]);
  });
});
