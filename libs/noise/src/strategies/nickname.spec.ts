import fc from 'fast-check';
import { createRng } from '@synth/random';
import { areNicknames, NICKNAMES } from '@synth/features';
import { nicknameStrategy } from './nickname';
import { contextFor, rngArb } from '../testing-internal/fixtures';

const ctx = contextFor('first_name');
const outcomes = (name: string): Set<string> => {
  const seen = new Set<string>();
  for (let s = 0; s < 300; s++) seen.add(nicknameStrategy.apply(name, createRng(s, 'n'), ctx));
  return seen;
};
const tableNames = [...new Set(NICKNAMES.flatMap(([formal, nicks]) => [formal, ...nicks]))];

describe('nicknameStrategy', () => {
  it.each([
    ['Robert', 'Bob'],
    ['Robert', 'Rob'],
    ['Bob', 'Robert'],
    ['Alexander', 'Alex'],
    ['Alex', 'Alexander'],
    ['William', 'Bill'],
    ['MARGARET', 'PEGGY'],
    ['elizabeth', 'liz'],
  ])('should be able to turn %j into %j', (before, after) => {
    expect(outcomes(before)).toContain(after);
  });

  it.each([['Xzavier'], ['Li'], ['']])('should not apply to %j, which the table does not know', (name) => {
    expect(nicknameStrategy.isApplicable(name, ctx)).toBe(false);
  });

  it('should give a different name that @synth/features calls a nickname of the input', () => {
    fc.assert(
      fc.property(fc.constantFrom(...tableNames), rngArb, (name, rng) => {
        const out = nicknameStrategy.apply(name, rng, ctx);
        expect(out.toLowerCase()).not.toBe(name.toLowerCase());
        expect(areNicknames(out, name)).toBe(true);
      }),
    );
  });
});
