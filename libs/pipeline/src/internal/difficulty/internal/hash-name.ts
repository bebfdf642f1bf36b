import { hash53 } from './hash53';

// Cached: looking `Math` up on every call is slow inside a vm context such as Jest's.
const imul = Math.imul;

/** Output of {@link hashName}: `[hi, lo]`, the high 21 and low 32 bits of the name's 53-bit hash. */
export const nameHash = new Uint32Array(2);

/** Mixes one character code into the two cyrb53 lanes held in `lanes`. */
function mix(lanes: Int32Array, c: number): void {
  lanes[0] = imul(lanes[0] ^ c, 2654435761);
  lanes[1] = imul(lanes[1] ^ c, 1597334677);
}

const lanes = new Int32Array(2);

/** Mixes the characters of `text` lowercased; false (nothing sure mixed) when `text` has a non-ASCII character. */
function mixLowerAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c > 0x7f) return false;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    mix(lanes, c);
  }
  return true;
}

/**
 * The 53-bit hash `hash53(first.toLowerCase() + '\0' + last.toLowerCase())` of a canonical name, written to
 * {@link nameHash} as two halves, without building the lowercased strings (ASCII names, the common case; other
 * names take the string path, whose Unicode lowercasing may change lengths).
 */
export function hashName(first: string, last: string): void {
  lanes[0] = 0xdeadbeef;
  lanes[1] = 0x41c6ce57;
  let ascii = mixLowerAscii(first);
  if (ascii) {
    mix(lanes, 0);
    ascii = mixLowerAscii(last);
  }
  if (!ascii) {
    const h = hash53(`${first.toLowerCase()}\u0000${last.toLowerCase()}`);
    nameHash[0] = Math.floor(h / 4294967296);
    nameHash[1] = h >>> 0;
    return;
  }
  let h1 = lanes[0];
  let h2 = lanes[1];
  h1 = imul(h1 ^ (h1 >>> 16), 2246822507) ^ imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = imul(h2 ^ (h2 >>> 16), 2246822507) ^ imul(h1 ^ (h1 >>> 13), 3266489909);
  nameHash[0] = 2097151 & h2;
  nameHash[1] = h1 >>> 0;
}
