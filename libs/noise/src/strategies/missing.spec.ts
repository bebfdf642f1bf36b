import { createRng } from '@synth/random';
import { missingStrategy } from './missing';
import { LEAD_FIELDS } from '../testing-internal/fixtures';
import type { NoiseContext, NoiseField } from '../types';

const full = {
  email: 'a@b.com',
  phone: '5551234567',
  first_name: 'Ann',
  last_name: 'Lee',
  company: 'Acme',
  city: 'Troy',
};
const ctx = (name: string, row: Record<string, string>, nullable = true): NoiseContext => {
  const base = LEAD_FIELDS.find((f) => f.name === name) as NoiseField;
  const field = { ...base, nullable };
  return { field, fields: LEAD_FIELDS.map((f) => (f.name === name ? field : f)), row, country: 'US' };
};

describe('missingStrategy', () => {
  it.each([['email'], ['phone'], ['first_name'], ['company'], ['city']])('should blank a nullable %s', (name) => {
    const value = full[name as keyof typeof full];
    expect(missingStrategy.isApplicable(value, ctx(name, full))).toBe(true);
    expect(missingStrategy.apply(value, createRng(1, 'm'), ctx(name, full))).toBe('');
  });

  it('should not blank a field the schema requires', () => {
    expect(missingStrategy.isApplicable('Acme', ctx('company', full, false))).toBe(false);
  });

  it.each([
    ['id', 'L1'],
    ['country', 'US'],
    ['state', 'IL'],
    ['created_at', '2024-01-01T00:00:00Z'],
  ])('should never blank the %s column', (name, value) => {
    expect(missingStrategy.isApplicable(value, ctx(name, { ...full, [name]: value }))).toBe(false);
  });

  it('should keep the last of email, phone and names', () => {
    const onlyEmail = { email: 'a@b.com', phone: '', first_name: '', last_name: '', company: 'Acme' };
    expect(missingStrategy.isApplicable('a@b.com', ctx('email', onlyEmail))).toBe(false);
    expect(missingStrategy.isApplicable('Acme', ctx('company', onlyEmail))).toBe(true);
    const emailAndName = { ...onlyEmail, last_name: 'Lee' };
    expect(missingStrategy.isApplicable('a@b.com', ctx('email', emailAndName))).toBe(true);
  });

  it('should not treat an empty value as an opportunity', () => {
    expect(missingStrategy.isApplicable('', ctx('phone', full))).toBe(false);
  });
});
