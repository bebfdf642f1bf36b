import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { Alea, prefixState } from './alea';

const firstDraws = (next: () => number, n: number) => Array.from({ length: n }, () => next());

describe(Alea, () => {
  it('should draw exactly what seedrandom 3.0.5 alea draws for the same key', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constant('')), (key) => {
        const alea = new Alea(key);
        expect(firstDraws(() => alea.next(), 50)).toEqual(firstDraws(seedrandom.alea(key), 50));
      }),
    );
  });

  it('should match seedrandom on the keys synth derives, far into the stream', () => {
    for (const key of ['42:entities:0', '42:noise:leads:L0000123', '7:x:block:3', '0:noise:draws:999']) {
      const alea = new Alea(key);
      expect(firstDraws(() => alea.next(), 5000)).toEqual(firstDraws(seedrandom.alea(key), 5000));
    }
  });

  it('should draw for a prefix, a rest and the prefix state what it draws for the joined key (property)', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constant(''));
    fc.assert(
      fc.property(text, text, (prefix, rest) => {
        const alea = new Alea(prefix, rest, prefixState(prefix));
        expect(firstDraws(() => alea.next(), 20)).toEqual(firstDraws(seedrandom.alea(prefix + rest), 20));
      }),
    );
  });
});
