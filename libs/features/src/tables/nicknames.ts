import { NICKNAME_DATA } from './nickname-data';

function parse(text: string): (readonly [formal: string, nicknames: readonly string[]])[] {
  const out: (readonly [string, readonly string[]])[] = [];
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const formal = line.slice(0, colon).trim();
    const nicks = [
      ...new Set(
        line
          .slice(colon + 1)
          .split(',')
          .map((n) => n.trim())
          .filter((n) => n !== '' && n !== formal),
      ),
    ];
    out.push(Object.freeze([formal, Object.freeze(nicks)] as const));
  }
  return out;
}

/**
 * The nickname table: `[formal, nicknames]` pairs in Title Case (≈430 formal names, ≈1,300 relations),
 * e.g. `['Robert', ['Bob', 'Bobby', 'Rob', …]]`. A nickname may belong to several formal names.
 *
 * @example
 * NICKNAMES.find(([formal]) => formal === 'William')?.[1]; // ['Will', 'Bill', 'Billy', …]
 */
export const NICKNAMES: readonly (readonly [formal: string, nicknames: readonly string[]])[] = Object.freeze(
  parse(NICKNAME_DATA),
);
