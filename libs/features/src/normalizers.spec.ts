import fc from 'fast-check';
import { normalizeAddress } from './normalize-address';
import { normalizeCompany } from './normalize-company';
import { normalizeEmail } from './normalize-email';
import { normalizeName } from './normalize-name';
import { normalizePhone } from './normalize-phone';
import { normalizeZip } from './normalize-zip';
import { referenceNormalizeEmail } from './testing-internal/reference-normalize-email';
import { referenceNormalizePhone } from './testing-internal/reference-normalize-phone';

const idempotent = (fn: (s: string) => string): void => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (s) => {
      const once = fn(s);
      expect(fn(once)).toBe(once);
    }),
  );
};

describe(normalizeEmail, () => {
  it.each([
    [' John.Smith+cars@GoogleMail.com', 'johnsmith@gmail.com'],
    ['j.smith@gmail.com', 'jsmith@gmail.com'],
    ['J.Smith+x@Example.COM', 'j.smith@example.com'],
    ['anna@me.com', 'anna@icloud.com'],
    ['anna@mac.com', 'anna@icloud.com'],
    ['user@ProtonMail.com', 'user@proton.me'],
    ['a@b', 'a@b'],
    ['a@Example.com. ', 'a@example.com'],
    ['!@! .', '!@!'],
  ])('should normalise %j to %j', (input, email) => {
    expect(normalizeEmail(input)?.email).toBe(email);
  });

  it('should split local part and domain', () => {
    expect(normalizeEmail('Jane.Doe+news@Outlook.com')).toEqual({
      local: 'jane.doe',
      domain: 'outlook.com',
      email: 'jane.doe@outlook.com',
    });
  });

  it.each(['', 'no-at-sign', '@example.com', 'jane@', '+tag@example.com', '!@..'])(
    'should give null for %j',
    (input) => {
      expect(normalizeEmail(input)).toBeNull();
    },
  );

  it('should be idempotent', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (l, d) => {
        const once = normalizeEmail(`${l}@${d}`);
        if (once !== null) expect(normalizeEmail(once.email)).toEqual(once);
      }),
    );
  });

  it('should give what the slice-and-lower-case-everything implementation gave', () => {
    const unit = fc.constantFrom('a', 'B', '.', '+', ' ', '\t', '\u00a0', '\u2028', 'É', '@', 'me.com', 'gmail.com');
    const text = fc.oneof(fc.string({ unit }), fc.string());
    fc.assert(
      fc.property(text, text, (l, d) => {
        expect(normalizeEmail(`${l}@${d}`)).toEqual(referenceNormalizeEmail(`${l}@${d}`));
      }),
      { numRuns: 3000 },
    );
  });

  it('should give local@domain as the email, for input already normal or not', () => {
    const part = fc.string({ unit: fc.constantFrom('a', 'B', '.', '+', ' ', '@', 'me.com', 'gmail.com') });
    fc.assert(
      fc.property(part, part, (l, d) => {
        const n = normalizeEmail(`${l}@${d}`);
        if (n !== null) expect(n.email).toBe(`${n.local}@${n.domain}`);
      }),
    );
  });
});

describe(normalizePhone, () => {
  it.each([
    ['(555) 123-4567', '5551234567', ''],
    ['555.123.4567', '5551234567', ''],
    ['+1 555 123 4567', '5551234567', ''],
    ['15551234567', '5551234567', ''],
    ['5551234567', '5551234567', ''],
    ['555-123-4567 x89', '5551234567', '89'],
    ['555-123-4567 ext. 89', '5551234567', '89'],
    ['555-123-4567 Extension: 1234', '5551234567', '1234'],
    ['555-123-4567#12', '5551234567', '12'],
    ['012-345-6789', '0123456789', ''],
    ['1 012 345 6789', '0123456789', ''],
  ])('should normalise %j', (input, national, extension) => {
    expect(normalizePhone(input)).toEqual({ national, extension });
  });

  it.each([
    '',
    '123-4567',
    '555-123-45678',
    '25551234567',
    '555-123-4567 ext',
    'call 555-123-4567',
    '555-123-4567 x1 x2',
    '555-CALL-NOW',
  ])('should give null for %j', (input) => {
    expect(normalizePhone(input)).toBeNull();
  });

  it('should be idempotent on its printed form', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789 ()-.+x'.split('')) }), (s) => {
        const once = normalizePhone(s);
        if (once === null) return;
        const printed = once.national + (once.extension ? ` x${once.extension}` : '');
        expect(normalizePhone(printed)).toEqual(once);
      }),
    );
  });

  it('should give what the number-printing implementation gave', () => {
    const digits = fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: 9, maxLength: 12 });
    const noisy = fc.string({ unit: fc.constantFrom(...'0011223456789 ()-.+#:xXeEtn'.split('')), maxLength: 24 });
    fc.assert(
      fc.property(fc.oneof(digits, noisy, fc.string()), (s) => {
        expect(normalizePhone(s)).toEqual(referenceNormalizePhone(s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe(normalizeName, () => {
  it.each([
    ["  Mary-Jane  O'NEIL ", 'mary jane oneil'],
    ['O’Neil', 'oneil'],
    ['José  Müller', 'jose muller'],
    ['J.R.', 'jr'],
    ['Smith, Jr', 'smith jr'],
    ['', ''],
  ])('should normalise %j to %j', (input, out) => {
    expect(normalizeName(input)).toBe(out);
  });

  it('should be idempotent', () => idempotent(normalizeName));
});

describe(normalizeCompany, () => {
  it.each([
    ['The Acme Motor Co., Inc.', 'acme motor'],
    ['Smith & Sons LLC', 'smith and sons'],
    ['Inc.', 'inc'],
  ])('should normalise %j to %j', (input, out) => {
    expect(normalizeCompany(input)).toBe(out);
  });

  it('should be idempotent', () => idempotent(normalizeCompany));
});

describe(normalizeAddress, () => {
  it.each([
    ['123 North Fifth Street, Apartment 4B', '123 n 5th st # 4b'],
    ['123 N. 5th St. #4B', '123 n 5th st # 4b'],
    ['123 N 5th Str Apt 4b', '123 n 5th st # 4b'],
    ['77 Sunset Boulevard Suite 200', '77 sunset blvd # 200'],
    ['77 SUNSET BLVD STE 200', '77 sunset blvd # 200'],
    ['9 Elm Avenue Unit 3', '9 elm ave # 3'],
    ['500 Southwest Parkway Floor 2', '500 sw pkwy fl 2'],
    ['1 Lakeshore Drive', '1 lakeshore dr'],
    ['', ''],
  ])('should normalise %j to %j', (input, out) => {
    expect(normalizeAddress(input)).toBe(out);
  });

  it('should be idempotent', () => idempotent(normalizeAddress));
});

describe(normalizeZip, () => {
  it.each([
    ['02134', '02134'],
    ['02134-1234', '02134'],
    [' 021341234 ', '02134'],
    ['m5v 2t6', 'M5V2T6'],
    ['M5V2T6', 'M5V2T6'],
    ['K1A-0B1', 'K1A0B1'],
    ['', ''],
  ])('should normalise %j to %j', (input, out) => {
    expect(normalizeZip(input)).toBe(out);
  });

  it('should be idempotent', () => idempotent(normalizeZip));

  it('should equal the character-by-character definition, clean input or not', () => {
    const plain = (s: string): string => {
      const out = [...s]
        .filter((c) => !' -\t\u00a0'.includes(c))
        .map((c) => (c >= 'a' && c <= 'z' ? c.toUpperCase() : c))
        .join('');
      return /^\d{9}$/.test(out) ? out.slice(0, 5) : out;
    };
    const zipLike = fc.string({ unit: fc.constantFrom('0', '1', '9', 'a', 'K', ' ', '-', '\t', '\u00a0', 'é') });
    fc.assert(fc.property(fc.oneof(zipLike, fc.string()), (s) => expect(normalizeZip(s)).toBe(plain(s))));
  });
});
