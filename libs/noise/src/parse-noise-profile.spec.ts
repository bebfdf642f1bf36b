import { defaultNoiseProfile } from './default-noise-profile';
import { NoiseError } from './noise-error';
import { noiseProfileToJSON } from './noise-profile-to-json';
import { parseNoiseProfile } from './parse-noise-profile';
import { STRATEGY_NAMES } from './strategy-names';

const KNOWN = STRATEGY_NAMES.join(', ');

describe(parseNoiseProfile, () => {
  it('should override only the rates given and keep the defaults for the rest', () => {
    const p = parseNoiseProfile('{"description":"hard","rates":{"typo":0.1,"missing":0}}', 'noise.json');
    expect(p.rates.typo).toBe(0.1);
    expect(p.rates.missing).toBe(0);
    expect(p.rates.case).toBe(defaultNoiseProfile.rates.case);
  });

  it('should read an empty object as the default profile', () => {
    expect(parseNoiseProfile('{}', 'noise.json')).toEqual(defaultNoiseProfile);
  });

  it.each([
    [
      '{"rates":{"tpyo":0.1}}',
      '$.rates.tpyo',
      'tpyo',
      `noise.json: $.rates.tpyo: unknown strategy "tpyo"; expected one of ${KNOWN}`,
    ],
    [
      '{"rates":{"typo":1.5}}',
      '$.rates.typo',
      1.5,
      'noise.json: $.rates.typo: 1.5 is not a rate; expected a number from 0 to 1 (probability per opportunity)',
    ],
    [
      '{"rates":{"case":-0.1}}',
      '$.rates.case',
      -0.1,
      'noise.json: $.rates.case: -0.1 is not a rate; expected a number from 0 to 1 (probability per opportunity)',
    ],
    [
      '{"rates":{"case":"0.1"}}',
      '$.rates.case',
      '0.1',
      'noise.json: $.rates.case: "0.1" is not a rate; expected a number from 0 to 1 (probability per opportunity)',
    ],
    [
      '{"rates":{"case":null}}',
      '$.rates.case',
      null,
      'noise.json: $.rates.case: null is not a rate; expected a number from 0 to 1 (probability per opportunity)',
    ],
    [
      '{"rates":[0.1]}',
      '$.rates',
      [0.1],
      'noise.json: $.rates: [0.1] is not an object; expected an object of strategy → rate',
    ],
    [
      '{"rate":{}}',
      '$.rate',
      {},
      'noise.json: $.rate: unknown key "rate"; expected one of $schema, description, rates',
    ],
    [
      '{"rates":{"my strategy":0.1}}',
      '$.rates["my strategy"]',
      'my strategy',
      `noise.json: $.rates["my strategy"]: unknown strategy "my strategy"; expected one of ${KNOWN}`,
    ],
    ['{"description":7}', '$.description', 7, 'noise.json: $.description: 7 is not a string; expected a string'],
    ['{"$schema":true}', '$.$schema', true, 'noise.json: $.$schema: true is not a string; expected a string'],
    ['[1,2]', '$', [1, 2], 'noise.json: $: [1,2] is not an object; expected a JSON object'],
  ])('should reject %s at %s', (text, path, value, message) => {
    let error: unknown;
    try {
      parseNoiseProfile(text, 'noise.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NoiseError);
    expect(error).toMatchObject({ name: 'NoiseError', file: 'noise.json', path, value, message });
  });

  it('should name the file and say why when the JSON does not parse', () => {
    expect(() => parseNoiseProfile('{"rates": {', 'profiles/hard.json')).toThrow(
      /^profiles\/hard\.json: \$: not valid JSON \(.+\); expected a JSON object$/,
    );
  });
});

describe(noiseProfileToJSON, () => {
  it('should list every strategy in order and parse back to the same profile', () => {
    const p = parseNoiseProfile('{"rates":{"typo":0.12,"geo_mismatch":0}}', 'p.json');
    const json = noiseProfileToJSON(p);
    expect(Object.keys(json.rates)).toEqual(STRATEGY_NAMES);
    expect(parseNoiseProfile(JSON.stringify(json), 'summary.json')).toEqual(p);
  });
});
