import fc from 'fast-check';
import { createRng } from '@synth/random';
import {
  isPlausibleEmail,
  isPlausiblePhone,
  isPlausibleZip,
  normalizeAddress,
  normalizeEmail,
  normalizePhone,
} from '@synth/features';
import { applyNoise } from './apply-noise';
import { defaultNoiseProfile } from './default-noise-profile';
import { NoiseTally } from './noise-tally';
import { rateWarnings } from './rate-warnings';
import { STRATEGY_NAMES } from './strategy-names';
import { LEAD_FIELDS, leadRow, leadRowArb, SAMPLE_ROW } from './testing-internal/fixtures';
import type { NoiseProfile, StrategyName } from './types';

const allAt = (rate: number): NoiseProfile => ({
  rates: Object.fromEntries(STRATEGY_NAMES.map((n) => [n, rate])) as Record<StrategyName, number>,
});
const heavy = allAt(0.6);
const UNTOUCHED = ['id', 'state', 'country', 'created_at'];

describe(applyNoise, () => {
  it('should never mutate its input and return a new row', () => {
    fc.assert(
      fc.property(leadRowArb, fc.integer(), (row, seed) => {
        const frozen = Object.freeze({ ...row });
        const result = applyNoise(frozen, LEAD_FIELDS, heavy, createRng(seed, 'noise', row.id));
        expect(frozen).toEqual(row);
        expect(result.row).not.toBe(frozen);
      }),
    );
  });

  it('should give the same result for the same stream, whatever else was drawn before', () => {
    fc.assert(
      fc.property(leadRowArb, fc.integer(), (row, seed) => {
        const a = applyNoise(row, LEAD_FIELDS, heavy, createRng(seed, 'noise', row.id));
        const other = createRng(seed, 'other');
        other.next();
        const b = applyNoise(row, LEAD_FIELDS, heavy, createRng(seed, 'noise', row.id));
        expect(b).toEqual(a);
      }),
    );
  });

  it('should keep every field valid, ids/state/country/dates untouched, and one contact field', () => {
    fc.assert(
      fc.property(leadRowArb, fc.integer(), (row, seed) => {
        const { row: out } = applyNoise(row, LEAD_FIELDS, heavy, createRng(seed, 'noise'));
        for (const name of UNTOUCHED) expect(out[name]).toBe(row[name]);
        if (out.email !== '') expect(isPlausibleEmail(out.email)).toBe(true);
        if (out.phone !== '') expect(isPlausiblePhone(out.phone)).toBe(true);
        if (out.zip !== '') expect(isPlausibleZip(out.zip, out.country as 'US' | 'CA')).toBe(true);
        expect([out.email, out.phone, out.first_name, out.last_name].some((v) => v.trim() !== '')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('should keep normalised phone, address and (without typos) email unless the value was blanked', () => {
    fc.assert(
      fc.property(leadRowArb, fc.integer(), (row, seed) => {
        const { row: out, changes } = applyNoise(row, LEAD_FIELDS, heavy, createRng(seed, 'noise'));
        const hit = (strategy: StrategyName, field: string) =>
          changes.some((c) => c.strategy === strategy && c.field === field);
        if (out.phone !== '') expect(normalizePhone(out.phone)?.national).toBe(normalizePhone(row.phone)?.national);
        if (out.address !== '') expect(normalizeAddress(out.address)).toBe(normalizeAddress(row.address));
        if (out.email !== '' && !hit('typo', 'email'))
          expect(normalizeEmail(out.email)).toEqual(normalizeEmail(row.email));
      }),
      { numRuns: 300 },
    );
  });

  it('should report exactly the fields it changed, as strategy:field, with distinct names in applied', () => {
    fc.assert(
      fc.property(leadRowArb, fc.integer(), (row, seed) => {
        const { row: out, applied, changes } = applyNoise(row, LEAD_FIELDS, heavy, createRng(seed, 'noise'));
        const changedFields = new Set(changes.map((c) => c.field));
        for (const f of LEAD_FIELDS)
          expect([f.name, out[f.name] !== row[f.name]]).toEqual([f.name, changedFields.has(f.name)]);
        expect(applied).toEqual([...new Set(changes.map((c) => c.strategy))]);
      }),
    );
  });

  it('should change nothing with every rate at 0, and blank nothing the schema requires', () => {
    expect(applyNoise(SAMPLE_ROW, LEAD_FIELDS, allAt(0), createRng(1, 'n'))).toEqual({
      row: SAMPLE_ROW,
      applied: [],
      changes: [],
    });
    const required = LEAD_FIELDS.map((f) => ({ ...f, nullable: false }));
    for (let s = 0; s < 200; s++) {
      const { row } = applyNoise(SAMPLE_ROW, required, allAt(1), createRng(s, 'n'));
      for (const f of required) expect(row[f.name]).not.toBe('');
    }
  });

  it('should never blank email, phone and both names together even when missing always fires', () => {
    const onlyMissing = { rates: { ...allAt(0).rates, missing: 1 } };
    const { row, changes } = applyNoise(SAMPLE_ROW, LEAD_FIELDS, onlyMissing, createRng(3, 'n'));
    expect(row.last_name).toBe(SAMPLE_ROW.last_name);
    expect(changes.map((c) => c.field)).toEqual(['email', 'phone', 'first_name', 'company', 'address', 'city', 'zip']);
  });

  it('should leave fields absent from the row absent', () => {
    const { row } = applyNoise({ id: 'L1', email: 'a.b@gmail.com' }, LEAD_FIELDS, heavy, createRng(1, 'n'));
    expect(Object.keys(row).sort()).toEqual(['email', 'id']);
  });

  it('should realise every configured rate within 3 sigma over 20 000 records', () => {
    for (const profile of [defaultNoiseProfile, allAt(0.3)]) {
      const tally = new NoiseTally(profile);
      const source = createRng(7, 'rows');
      for (let i = 0; i < 20_000; i++)
        applyNoise(leadRow(source, i), LEAD_FIELDS, profile, createRng(7, 'noise', i), tally);
      const json = tally.toJSON();
      for (const name of STRATEGY_NAMES) expect([name, json[name].opportunities > 300]).toEqual([name, true]);
      expect(rateWarnings(tally)).toEqual([]);
    }
  });
});
