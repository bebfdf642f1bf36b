import type { FieldRenderer, RecordContext } from './record-context';
import { rowBuilder } from './row-builder';

const rc = { id: 'L0000001', ordinal: 0 } as RecordContext;

describe('rowBuilder', () => {
  it('renders every column in order, keys in column order', () => {
    const calls: string[] = [];
    const render =
      (name: string, value: string): FieldRenderer =>
      () => {
        calls.push(name);
        return value;
      };
    const build = rowBuilder(['id', 'email', 'city'], [({ id }) => id, render('email', 'a@b.c'), render('city', 'X')]);
    const row = build(rc);
    expect(row).toEqual({ id: 'L0000001', email: 'a@b.c', city: 'X' });
    expect(Object.keys(row)).toEqual(['id', 'email', 'city']);
    expect(calls).toEqual(['email', 'city']);
  });

  it('makes a new row each time', () => {
    const build = rowBuilder(['id'], [({ id }) => id]);
    expect(build(rc)).not.toBe(build(rc));
  });

  it('treats column names as data, never as code', () => {
    const names = ['a"b', "c'd", 'e\\f', 'g}) ; throw 1; ({', '1', 'constructor'];
    const build = rowBuilder(
      names,
      names.map((n) => () => `${n}!`),
    );
    const row = build(rc);
    for (const n of names) expect(row[n]).toBe(`${n}!`);
    expect(Object.keys(row).sort()).toEqual([...names].sort());
  });

  it('keeps a __proto__ column an own column (the prototype stays)', () => {
    const build = rowBuilder(['id', '__proto__'], [({ id }) => id, () => 'x']);
    const row = build(rc);
    expect(Object.keys(row)).toEqual(['id', '__proto__']);
    expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toBe('x');
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
  });

  it('gives a later duplicate column the value, as successive stores would', () => {
    const row = rowBuilder(['a', 'a'], [() => '1', () => '2'])(rc);
    expect(row).toEqual({ a: '2' });
  });

  it('gives the same rows by the loop when code generation from strings is disallowed', () => {
    const spy = jest.spyOn(globalThis, 'Function').mockImplementation(() => {
      throw new EvalError('Code generation from strings disallowed for this context');
    });
    try {
      const build = rowBuilder(['id', 'city'], [({ id }) => id, () => 'X']);
      expect(spy).toHaveBeenCalled();
      const row = build(rc);
      expect(row).toEqual({ id: 'L0000001', city: 'X' });
      expect(Object.keys(row)).toEqual(['id', 'city']);
    } finally {
      spy.mockRestore();
    }
  });

  it('needs one renderer per column', () => {
    expect(() => rowBuilder(['a', 'b'], [() => ''])).toThrow(RangeError);
  });
});
