/**
 * A stateless, seeded hash of a string to [0, 1) (FNV-1a 32-bit, then a murmur3 finaliser).
 * Use it for per-item decisions that must not depend on processing order, e.g. which split an
 * entity belongs to: `hashToUnit('42:split:E000123')`.
 */
export function hashToUnit(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}
