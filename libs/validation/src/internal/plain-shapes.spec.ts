import fc from 'fast-check';
import { isPlausibleEmail, isPlausiblePhone, isPlausibleZip } from '@synth/features';
import { isFiveDigits, isPlainEmail, isPlainPhone } from './plain-shapes';

/** Strings over `alphabet`, up to `maxLength` long. */
const over = (alphabet: string, maxLength: number) =>
  fc.array(fc.constantFrom(...alphabet), { maxLength }).map((cs) => cs.join(''));

describe(isPlainEmail, () => {
  const local = over('ab.Z09_+-', 12);
  const domain = over('abZ09.-', 14);
  const email = fc.oneof(
    fc.tuple(local, domain).map(([l, d]) => `${l}@${d}`),
    fc.tuple(local, domain, over('aZ', 4)).map(([l, d, t]) => `${l}@${d}.${t}`),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.emailAddress(),
  );

  it('should only accept addresses isPlausibleEmail accepts (property)', () => {
    fc.assert(
      fc.property(email, (v) => !isPlainEmail(v) || isPlausibleEmail(v)),
      { numRuns: 5000 },
    );
  });

  it('should accept the generated shapes and leave the rest to the full test', () => {
    for (const v of ['bbayer@comcast.net', 'ty.hoffman@james-electric.com', 'a+b_c-d@x.co.uk', 'L7@a1.io'])
      expect(isPlainEmail(v)).toBe(true);
    const rest = ['a@b', '.a@b.co', 'a.@b.co', 'a..b@c.co', 'a@-b.co', 'a@b-.co', 'a@b.c1', 'a@b.c', ' a@b.co'];
    for (const v of [...rest, 'a@b@c.co', '@b.co', `${'a'.repeat(65)}@b.co`, "o'neil@b.co", 'zoë@b.co'])
      expect(isPlainEmail(v)).toBe(false);
  });
});

describe(isPlainPhone, () => {
  const phone = fc.oneof(over('0123456789 ()+-./x#:\u00a0', 18), fc.string({ unit: 'binary', maxLength: 20 }));

  it('should only accept numbers isPlausiblePhone accepts (property)', () => {
    fc.assert(
      fc.property(phone, (v) => !isPlainPhone(v) || isPlausiblePhone(v)),
      { numRuns: 5000 },
    );
  });

  it('should accept 10 digits, or 11 with a leading 1, between formatting only', () => {
    for (const v of ['(608) 989-3614', '1-716-810-2775', '608.989.3614', '+1 608 989 3614', '6089893614'])
      expect(isPlainPhone(v)).toBe(true);
    for (const v of ['608-989-361', '2-716-810-2775', '608-989-3614 x12', '608-989-3614#1', '(608) 989-36145'])
      expect(isPlainPhone(v)).toBe(false);
  });
});

describe(isFiveDigits, () => {
  it('should only accept zips isPlausibleZip accepts for US (property)', () => {
    const zip = fc.oneof(over('0123456789- ', 11), fc.string({ unit: 'binary', maxLength: 6 }));
    fc.assert(
      fc.property(zip, (v) => !isFiveDigits(v) || isPlausibleZip(v, 'US')),
      { numRuns: 3000 },
    );
    expect(['53726', '02134'].map(isFiveDigits)).toEqual([true, true]);
    expect(['5372', '53726-1234', ' 53726', '5372a', '٥٣٧٢٦'].map(isFiveDigits)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
