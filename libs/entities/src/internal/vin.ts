import type { Rng } from '@synth/random';

const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const YEAR_CODES = 'ABCDEFGHJKLMNPRSTVWXY123456789';
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
/** The transliteration value of each ASCII character (0 for those a VIN never holds). */
const TRANSLIT = new Uint8Array(128);
const setValues = (chars: string, first: number) => {
  for (let i = 0; i < chars.length; i++) TRANSLIT[chars.charCodeAt(i)] = first + i;
};
setValues('ABCDEFGH', 1);
setValues('JKLMN', 1);
setValues('P', 7);
setValues('R', 9);
setValues('STUVWXYZ', 2);
setValues('0123456789', 0);

/** The transliteration value of a char code (`NaN`, past the end of a short VIN, counts 0). */
const valueOf = (code: number): number => (code < 128 ? TRANSLIT[code] : 0);

/** The check digit of the first 17 char codes given by `codeAt`, as a char code (`0`-`9` or `X`). */
function checkCode(codeAt: (i: number) => number): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += valueOf(codeAt(i)) * WEIGHTS[i];
  const r = sum % 11;
  return r === 10 ? 88 : 48 + r;
}

/** The check digit (position 9) of a 17-character VIN, `0`-`9` or `X`. */
export function vinCheckDigit(vin: string): string {
  return String.fromCharCode(checkCode((i) => vin.charCodeAt(i)));
}

/** Char codes of the VIN `makeVin` is making, rewritten in place (one thread, no re-entry). */
const CODES = Array.from({ length: 17 }, () => 48);
/** Where the check digit goes. */
const CHECK_AT = 8;

/**
 * A structurally valid VIN: WMI, 5 descriptor characters, check digit, model-year code, plant, serial. With the
 * usual 3-character WMI and a whole model year, the 17 characters are made as one string.
 */
export function makeVin(rng: Rng, wmi: string, modelYear: number): string {
  const codes = CODES;
  for (let i = 0; i < 5; i++) codes[3 + i] = VIN_CHARS.charCodeAt(Math.floor(rng.next() * VIN_CHARS.length));
  const yearIndex = (((modelYear - 1980) % 30) + 30) % 30;
  const plant = VIN_CHARS.charCodeAt(Math.floor(rng.next() * 23));
  const serial = 100000 + Math.floor(rng.next() * 900000);
  if (wmi.length !== 3 || !Number.isInteger(modelYear)) {
    const vds = String.fromCharCode(codes[3], codes[4], codes[5], codes[6], codes[7]);
    const draft = `${wmi}${vds}0${YEAR_CODES[yearIndex]}${String.fromCharCode(plant)}${serial}`;
    return `${draft.slice(0, 8)}${vinCheckDigit(draft)}${draft.slice(9)}`;
  }
  for (let i = 0; i < 3; i++) codes[i] = wmi.charCodeAt(i);
  codes[9] = YEAR_CODES.charCodeAt(yearIndex);
  codes[10] = plant;
  let rest = serial;
  for (let i = 16; i > 10; i--) {
    const quotient = Math.floor(rest / 10);
    codes[i] = 48 + rest - quotient * 10;
    rest = quotient;
  }
  codes[CHECK_AT] = 48; // the draft's `0`, which weighs nothing
  codes[CHECK_AT] = checkCode((i) => codes[i]);
  // prettier-ignore
  return String.fromCharCode(
    codes[0], codes[1], codes[2], codes[3], codes[4], codes[5], codes[6], codes[7], codes[8],
    codes[9], codes[10], codes[11], codes[12], codes[13], codes[14], codes[15], codes[16],
  );
}
