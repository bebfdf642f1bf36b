import { normalizeName } from '../normalize-name';
import { NICKNAMES } from '../tables/nicknames';

interface Entry {
  /** Indexes (into NICKNAMES) of the formal names this name is, or is a nickname of. */
  groups: number[];
  /** Title Case relatives in both directions (nicknames of a formal name, formal names of a nickname). */
  related: string[];
}

function build(): Map<string, Entry> {
  const index = new Map<string, Entry>();
  const entry = (name: string): Entry => {
    const key = normalizeName(name);
    let e = index.get(key);
    if (e === undefined) {
      e = { groups: [], related: [] };
      index.set(key, e);
    }
    return e;
  };
  const link = (e: Entry, group: number, relative: string): void => {
    if (e.groups.indexOf(group) < 0) e.groups.push(group);
    if (e.related.indexOf(relative) < 0) e.related.push(relative);
  };
  NICKNAMES.forEach(([formal, nicks], group) => {
    const f = entry(formal);
    if (f.groups.indexOf(group) < 0) f.groups.unshift(group); // its own group first: canonical is itself
    for (const n of nicks) {
      link(f, group, n);
      link(entry(n), group, formal);
    }
  });
  for (const e of index.values()) Object.freeze(e.related);
  return index;
}

/** Normalised name → its nickname groups and relatives, built once at module load. */
export const NICKNAME_INDEX: ReadonlyMap<string, Entry> = build();

/** `areNicknames` on names already passed through `normalizeName`. */
export function areNicknamesNormalized(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  if (a === b) return true;
  const ea = NICKNAME_INDEX.get(a);
  if (ea === undefined) return false;
  const eb = NICKNAME_INDEX.get(b);
  if (eb === undefined) return false;
  for (const g of ea.groups) if (eb.groups.indexOf(g) >= 0) return true;
  return false;
}
