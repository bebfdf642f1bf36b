import { formatAppliedNoise } from './format-applied-noise';

describe(formatAppliedNoise, () => {
  it.each([
    [[], ''],
    [[{ strategy: 'typo', field: 'last_name' }], 'typo:last_name'],
    [
      [
        { strategy: 'nickname', field: 'first_name' },
        { strategy: 'case', field: 'first_name' },
        { strategy: 'phone_format', field: 'phone' },
      ],
      'nickname:first_name|case:first_name|phone_format:phone',
    ],
  ] as const)('should write %j as %j', (changes, expected) => {
    expect(formatAppliedNoise(changes)).toBe(expected);
  });
});
