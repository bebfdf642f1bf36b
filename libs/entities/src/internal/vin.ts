import type { Rng } from '@synth/random';

const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const YEAR_CODES = 'ABCDEFGHJKLMNPRSTVWXY123456789';
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const TRANSLIT: Record<string, number> = {};
'ABCDEFGH'.split('').forEach((c, i) => (TRANSLIT[c] = i + 1));
'JKLMN'.split('').forEach((c, i) => (TRANSLIT[c] = i + 1));
TRANSLIT['P'] = 7;
TRANSLIT['R'] = 9;
'STUVWXYZ'.split('').forEach((c, i) => (TRANSLIT[c] = i + 2));
for (let d = 0; d <= 9; d++) TRANSLIT[String(d)] = d;

/** The check digit (position 9) of a 17-character VIN, `0`-`9` or `X`. */
export function vinCheckDigit(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (TRANSLIT[vin[i]] ?? 0) * WEIGHTS[i];
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

/** A structurally valid VIN: WMI, 5 descriptor characters, check digit, model-year code, plant, serial. */
export function makeVin(rng: Rng, wmi: string, modelYear: number): string {
  let vds = '';
  for (let i = 0; i < 5; i++) vds += VIN_CHARS[Math.floor(rng.next() * VIN_CHARS.length)];
  const year = YEAR_CODES[(((modelYear - 1980) % 30) + 30) % 30];
  const plant = VIN_CHARS[Math.floor(rng.next() * 23)];
  const serial = String(100000 + Math.floor(rng.next() * 900000));
  const draft = `${wmi}${vds}0${year}${plant}${serial}`;
  return `${draft.slice(0, 8)}${vinCheckDigit(draft)}${draft.slice(9)}`;
}
