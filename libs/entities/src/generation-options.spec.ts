import { EntitiesError } from './entities-error';
import {
  CONTACT_VARIATION_OPTIONS,
  DEFAULT_CONTACT_VARIATION,
  DEFAULT_GENERATION_OPTIONS,
  resolveGenerationOptions,
  type GenerationOptionsInput,
} from './generation-options';

describe(resolveGenerationOptions, () => {
  it('should fill in the documented defaults', () => {
    expect(resolveGenerationOptions()).toEqual(DEFAULT_GENERATION_OPTIONS);
    expect(resolveGenerationOptions({ counts: { leads: 5 }, dupDistribution: { kind: 'poisson' } })).toMatchObject({
      counts: { leads: 5, sales: 3000, financial: 2100 },
      dupDistribution: { kind: 'poisson', exponent: 2, cap: 5 },
    });
    expect(resolveGenerationOptions({ contactVariation: { annualMoveRate: 0 } }).contactVariation).toEqual({
      ...DEFAULT_CONTACT_VARIATION,
      annualMoveRate: 0,
    });
  });

  it.each<[GenerationOptionsInput, string]>([
    [{ dupRate: 0.7 }, 'dupRate must be a number between 0 and 0.5, got 0.7'],
    [{ overlap: -0.1 }, 'overlap must be a number between 0 and 1, got -0.1'],
    [{ confuserRate: 0.9 }, 'confuserRate must be a number between 0 and 0.5, got 0.9'],
    [{ counts: { sales: 2.5 } }, 'counts.sales must be an integer between 0 and 100000000, got 2.5'],
    [{ seed: 1.5 }, 'seed must be an integer between -9007199254740991 and 9007199254740991, got 1.5'],
    [{ dupDistribution: { cap: 0 } }, 'dupDistribution.cap must be an integer between 1 and 50, got 0'],
    [
      { dupDistribution: { kind: 'normal' as 'zipf' } },
      'dupDistribution.kind must be one of uniform, poisson, zipf, got "normal"',
    ],
    [{ dupDistribution: { exponent: 0 } }, 'dupDistribution.exponent must be a number between 0.1 and 10, got 0'],
    [{ locale: 'MX' as 'US' }, 'locale must be one of US, CA, US+CA, got "MX"'],
    [
      { contactVariation: { secondEmail: 1.5 } },
      'contactVariation.secondEmail must be a number between 0 and 1, got 1.5',
    ],
    [
      { contactVariation: { annualMoveRate: 0.95 } },
      'contactVariation.annualMoveRate must be a number between 0 and 0.9, got 0.95',
    ],
    [
      { contactVariation: { annualPhoneChange: -0.1 } },
      'contactVariation.annualPhoneChange must be a number between 0 and 0.9, got -0.1',
    ],
    [
      { contactVariation: { previousAddress: 0.5 } as GenerationOptionsInput['contactVariation'] },
      'contactVariation.previousAddress is not an option (known: secondEmail, secondPhone, showAlternate, ' +
        'annualMoveRate, movedCity, annualPhoneChange, personalAccount), got "previousAddress"',
    ],
    [{ sharedBuildings: 0.9 }, 'sharedBuildings must be a number between 0 and 0.8, got 0.9'],
    [{ refDate: 'soon' }, 'refDate must be an ISO 8601 date, got "soon"'],
  ])('should reject %j with an exact message', (input, message) => {
    expect(() => resolveGenerationOptions(input)).toThrow(
      new EntitiesError('x', 0, '').constructor as typeof EntitiesError,
    );
    expect(() => resolveGenerationOptions(input)).toThrow(message);
  });

  it('should take the contact-variation defaults from the option table, each inside its own range', () => {
    for (const [key, spec] of Object.entries(CONTACT_VARIATION_OPTIONS)) {
      expect([key, DEFAULT_CONTACT_VARIATION[key as keyof typeof DEFAULT_CONTACT_VARIATION]]).toEqual([
        key,
        spec.default,
      ]);
      expect(spec.min <= spec.default && spec.default <= spec.max).toBe(true);
      expect(spec.description.length).toBeGreaterThan(10);
    }
    expect(Object.keys(DEFAULT_CONTACT_VARIATION).sort()).toEqual(Object.keys(CONTACT_VARIATION_OPTIONS).sort());
  });
});
