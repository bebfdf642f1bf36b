import fc from 'fast-check';
import { unique } from './tokens';

describe(unique, () => {
  it('should keep the first occurrence of each element, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', '#', '12', '')), (items) => {
        expect(unique([...items])).toEqual(items.filter((t, i) => items.indexOf(t) === i));
      }),
    );
  });

  it('should give the array itself when its elements are already distinct', () => {
    const items = ['12', 'main', 'st', '#', '4b'];
    expect(unique(items)).toBe(items);
    expect(unique(['12', 'st', '12'])).toEqual(['12', 'st']);
  });
});
