/** FNV-1a 32-bit offset basis: the state of {@link fnv1a} before any code unit. */
const FNV_OFFSET = 0x811c9dc5;

/** Continues an FNV-1a 32-bit hash state `h` over the UTF-16 code units of `text`. */
function fnv1a(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** The murmur3 finaliser of an FNV state, as a number in [0, 1). */
function toUnit(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/**
 * A stateless, seeded hash of a string to [0, 1) (FNV-1a 32-bit, then a murmur3 finaliser).
 * Use it for per-item decisions that must not depend on processing order, e.g. which split an
 * entity belongs to: `hashToUnit('42:split:E000123')`.
 */
export function hashToUnit(key: string): number {
  return toUnit(fnv1a(FNV_OFFSET, key));
}

/**
 * `hashToUnit(prefix + key)` without building the joined string: for hashing many keys under one prefix
 * (a seed and a purpose) without a temporary string per key.
 *
 * @example
 * hashToUnitJoined('42:split:', 'E000123') === hashToUnit('42:split:E000123'); // true
 */
export function hashToUnitJoined(prefix: string, key: string): number {
  return toUnit(fnv1a(fnv1a(FNV_OFFSET, prefix), key));
}
