import { defaultNoiseProfile } from './default-noise-profile';
import { isStrategyName } from './is-strategy-name';
import { NoiseError } from './noise-error';
import { NOISE_OPTION_TABLE } from './noise-option-table';
import { STRATEGY_NAMES } from './strategy-names';
import type { NoiseProfile, StrategyName } from './types';

const TOP_LEVEL = ['$schema', 'description', 'rates'];
const RATE_ALLOWED = 'a number from 0 to 1 (probability per opportunity)';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const child = (parent: string, key: string): string =>
  IDENTIFIER.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
const show = (v: unknown): string => (v === undefined ? 'undefined' : JSON.stringify(v));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const fail = (file: string, path: string, value: unknown, problem: string, allowed: string): never => {
  throw new NoiseError(`${file}: ${path}: ${problem}; expected ${allowed}`, file, path, value, allowed);
};

/**
 * Parses a noise profile JSON (`--noise-profile`): `{ "description"?: string, "rates"?: { "<strategy>": rate } }`.
 * Strategies not named keep their rate in `base` (the default profile, or a difficulty preset's); a rate of 0
 * switches a strategy off.
 * Throws {@link NoiseError} naming the JSON path, the bad value and what is allowed; unknown
 * strategy names are rejected with the list of known ones.
 *
 * @example
 * const profile = parseNoiseProfile('{"rates":{"typo":0.1,"missing":0}}', 'noise.json');
 * profile.rates.typo; // 0.1
 * parseNoiseProfile('{"rates":{"tpyo":0.1}}', 'noise.json');
 * // NoiseError: noise.json: $.rates.tpyo: unknown strategy "tpyo"; expected one of case, nickname, …
 */
export function parseNoiseProfile(
  text: string,
  fileName: string,
  base: NoiseProfile = defaultNoiseProfile,
): NoiseProfile {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return fail(fileName, '$', reason, `not valid JSON (${reason})`, 'a JSON object');
  }
  if (!isObject(doc)) return fail(fileName, '$', doc, `${show(doc)} is not an object`, 'a JSON object');
  for (const key of Object.keys(doc)) {
    if (!TOP_LEVEL.includes(key)) {
      fail(fileName, child('$', key), doc[key], `unknown key "${key}"`, `one of ${TOP_LEVEL.join(', ')}`);
    }
  }
  for (const key of ['$schema', 'description']) {
    const v = doc[key];
    if (v !== undefined && typeof v !== 'string')
      fail(fileName, child('$', key), v, `${show(v)} is not a string`, 'a string');
  }
  const rates: Record<StrategyName, number> = { ...base.rates };
  const given = doc['rates'];
  if (given === undefined) return { rates };
  if (!isObject(given))
    return fail(fileName, '$.rates', given, `${show(given)} is not an object`, 'an object of strategy → rate');
  for (const [name, rate] of Object.entries(given)) {
    const path = child('$.rates', name);
    if (!isStrategyName(name)) {
      fail(fileName, path, name, `unknown strategy "${name}"`, `one of ${STRATEGY_NAMES.join(', ')}`);
    } else if (
      typeof rate !== 'number' ||
      !Number.isFinite(rate) ||
      rate < NOISE_OPTION_TABLE[name].min ||
      rate > NOISE_OPTION_TABLE[name].max
    ) {
      fail(fileName, path, rate, `${show(rate)} is not a rate`, RATE_ALLOWED);
    } else {
      rates[name] = rate;
    }
  }
  return { rates };
}
