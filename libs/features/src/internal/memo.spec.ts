import { memoize } from './memo';

describe(memoize, () => {
  it('should return the function result, call it once per input, and stay correct after the cache fills', () => {
    const calls: string[] = [];
    const upper = memoize((s: string) => {
      calls.push(s);
      return s.toUpperCase();
    }, 2);
    expect(upper('a')).toBe('A');
    expect(upper('a')).toBe('A');
    expect(calls).toEqual(['a']);
    expect(['b', 'c', 'a', 'c'].map(upper)).toEqual(['B', 'C', 'A', 'C']);
    expect(calls).toEqual(['a', 'b', 'c', 'a']); // emptied when full, then refilled
  });
});
