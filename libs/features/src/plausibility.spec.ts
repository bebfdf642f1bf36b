import { isPlausibleEmail } from './is-plausible-email';
import { isPlausiblePhone } from './is-plausible-phone';
import { isPlausibleZip } from './is-plausible-zip';

describe(isPlausibleEmail, () => {
  it.each([
    ['jane.doe@example.com', true],
    ['jane.doe+cars@example.co.uk', true],
    ['  JANE@EXAMPLE.COM ', true],
    ["o'neil@mail.example.org", true],
    ['jane.doe@localhost', false],
    ['jane..doe@example.com', false],
    ['.jane@example.com', false],
    ['jane@@example.com', false],
    ['jane doe@example.com', false],
    ['@example.com', false],
    ['jane@-example.com', false],
    ['jane@example.c0m', false],
    ['', false],
  ])('should give isPlausibleEmail(%j) = %j', (s, ok) => {
    expect(isPlausibleEmail(s)).toBe(ok);
  });
});

describe(isPlausiblePhone, () => {
  it.each([
    ['(555) 123-4567', true],
    ['555.123.4567', true],
    ['+1 555 123 4567', true],
    ['5551234567', true],
    ['1-555-123-4567', true],
    ['555-123-4567 x123', true],
    ['555-123-4567 ext. 123', true],
    ['123-4567', false],
    ['555-123-456', false],
    ['+44 20 7946 0958', false],
    ['phone', false],
    ['', false],
  ])('should give isPlausiblePhone(%j) = %j', (s, ok) => {
    expect(isPlausiblePhone(s)).toBe(ok);
  });
});

describe(isPlausibleZip, () => {
  it.each([
    ['02134', 'US', true],
    ['02134-1234', 'US', true],
    [' 90210 ', 'US', true],
    ['2134', 'US', false],
    ['021341', 'US', false],
    ['K1A 0B1', 'US', false],
    ['K1A 0B1', 'CA', true],
    ['K1A0B1', 'CA', true],
    ['m5v 2t6', 'CA', true],
    ['D1A 0B1', 'CA', false],
    ['K1A  0B1', 'CA', false],
    ['02134', 'CA', false],
  ] as const)('should give isPlausibleZip(%j, %j) = %j', (s, country, ok) => {
    expect(isPlausibleZip(s, country)).toBe(ok);
  });
});
