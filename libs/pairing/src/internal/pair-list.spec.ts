import { PairList } from './pair-list';

describe(PairList, () => {
  it('should keep every pair in order as it grows', () => {
    const list = new PairList();
    for (let i = 0; i < 1000; i++) list.push(i, 2 * i + 1);
    expect(list.length).toBe(1000);
    for (const i of [0, 255, 256, 999]) expect([list.a(i), list.b(i)]).toEqual([i, 2 * i + 1]);
  });
});
