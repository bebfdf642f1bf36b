import fc from 'fast-check';
import { NameCounts } from './name-counts';

describe(NameCounts, () => {
  it('should count the entities that share first and last name (lowercased) with another', () => {
    const names = new NameCounts();
    const entities = [
      ['Ann', 'Lee'],
      ['ANN', 'lee'],
      ['ann', 'Lee'],
      ['Bo', 'Lee'],
      ['Ann', 'Park'],
      ['', 'Lee'],
      ['', 'Lee'],
      ['Cy', null],
    ];
    for (const [f, l] of entities) names.add(f, l);
    // Three Ann Lees share; Bo Lee and Ann Park are alone; an entity missing a name part shares with nobody.
    expect(names.entities).toBe(8);
    expect(names.homonymousEntities()).toBe(3);
  });

  it('should give the same counts however the entities are split into blocks and merged', () => {
    const name = fc.tuple(fc.constantFrom('Ann', 'ann', 'Bo', 'Cy', ''), fc.constantFrom('Lee', 'LEE', 'Park'));
    fc.assert(
      fc.property(fc.array(name, { maxLength: 60 }), fc.array(fc.nat(60), { maxLength: 5 }), (entities, cuts) => {
        const whole = new NameCounts();
        for (const [f, l] of entities) whole.add(f, l);
        const inner = [...cuts].sort((a, b) => a - b).map((c) => Math.min(c, entities.length));
        const bounds = [0, ...inner, entities.length];
        const blocks = bounds.slice(1).map((end, i) => {
          const block = new NameCounts();
          for (const [f, l] of entities.slice(bounds[i], end)) block.add(f, l);
          return block.toJSON();
        });
        const merged = new NameCounts();
        for (const b of blocks.reverse()) merged.merge(b);
        expect(merged.entities).toBe(whole.entities);
        expect(merged.homonymousEntities()).toBe(whole.homonymousEntities());
      }),
    );
  });

  it('should count exactly as a Map of the names does, through table growth', () => {
    const name = fc.tuple(fc.constantFrom('Ann', 'ann', 'Bo', 'Cy', 'Émile', ''), fc.nat(400));
    fc.assert(
      fc.property(fc.array(name, { maxLength: 3000 }), (entities) => {
        const names = new NameCounts(16);
        const map = new Map<string, number>();
        for (const [first, n] of entities) {
          const last = `Lee${n}`;
          names.add(first, last);
          if (first) map.set(`${first.toLowerCase()}|${last}`, (map.get(`${first.toLowerCase()}|${last}`) ?? 0) + 1);
        }
        let homonymous = 0;
        for (const c of map.values()) if (c >= 2) homonymous += c;
        expect(names.size).toBe(map.size);
        expect(names.homonymousEntities()).toBe(homonymous);
        const copy = names.toJSON();
        expect(copy.counts.reduce((a, b) => a + b, 0)).toBe(entities.filter(([f]) => f).length);
      }),
      { numRuns: 40 },
    );
  });
});
