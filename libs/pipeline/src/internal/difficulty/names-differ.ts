import type { PartyRecord } from '@synth/features';

/**
 * True when two records' names differ after lowercasing: the first names or the last names are not equal
 * (nothing else is normalised, so `Ann-Marie` and `ann marie` differ). A missing name differs from any
 * name, also from another missing one, as in the name-only keys.
 *
 * @example
 * namesDiffer({ first_name: 'ANN', last_name: 'Lee' }, { first_name: 'ann', last_name: 'lee' }); // false
 * namesDiffer({ first_name: 'Ann', last_name: 'Lee' }, { first_name: 'Anne', last_name: 'Lee' }); // true
 */
export function namesDiffer(a: PartyRecord, b: PartyRecord): boolean {
  const same = (x: string | null | undefined, y: string | null | undefined) =>
    !!x && !!y && x.toLowerCase() === y.toLowerCase();
  return !same(a.first_name, b.first_name) || !same(a.last_name, b.last_name);
}
