import fc from 'fast-check';
import {
  areNicknames,
  isPlausibleEmail,
  isPlausiblePhone,
  isPlausibleZip,
  jaroWinkler,
  normalizeName,
} from '@synth/features';
import { SOURCES, type Source } from '@synth/schema';
import { EntitiesError } from './entities-error';
import { CONFUSER_KINDS, type ConfuserKind } from './entity-plan';
import { changeProbability } from './internal/change-time';
import { planEntities } from './plan-entities';
import { renderChunk } from './render-chunk';
import type { RenderedRecord } from './rendered-record';
import { CA_REGIONS, US_REGIONS } from './internal/tables/geo';
import { CA_POSTAL_FIRST_LETTERS, generateAll, SCHEMA } from './testing-internal/generate-all';

const small = fc.record({
  seed: fc.integer(),
  counts: fc.record({
    leads: fc.integer({ min: 0, max: 1500 }),
    sales: fc.integer({ min: 0, max: 900 }),
    financial: fc.integer({ min: 0, max: 900 }),
  }),
  dupRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
  overlap: fc.double({ min: 0, max: 1, noNaN: true }),
  confuserRate: fc.double({ min: 0, max: 0.3, noNaN: true }),
  locale: fc.constantFrom('US' as const, 'CA' as const, 'US+CA' as const),
});
const regions = new Map([...US_REGIONS, ...CA_REGIONS].map((r) => [`${r.country}:${r.code}`, r]));
const bySource = (records: RenderedRecord[], s: Source) => records.filter((r) => r.source === s);
const DECIMAL = /^\d+\.\d\d$/;

/** Every rule a clean record must pass; returns the broken ones (empty when fine). */
function problems(r: RenderedRecord, refDate: string): string[] {
  const row = r.row;
  const out: string[] = [];
  const country = row.country as 'US' | 'CA';
  if (row.email && !isPlausibleEmail(row.email)) out.push(`email ${row.email}`);
  if (row.phone && !isPlausiblePhone(row.phone)) out.push(`phone ${row.phone}`);
  if (!isPlausibleZip(row.zip, country)) out.push(`zip ${row.zip}`);
  if (!/^[A-Z]\d{7}$/.test(r.id) || row.id !== r.id) out.push(`id ${r.id}`);
  const region = regions.get(`${country}:${row.state}`);
  const city = region?.cities.find((c) => c.name === row.city);
  if (!city) out.push(`city ${row.city} not in ${row.state}`);
  else {
    if (!row.zip.startsWith(city.prefix)) out.push(`zip ${row.zip} not in ${row.city}`);
    if (row.phone && !city.areaCodes.includes(row.phone.slice(1, 4)))
      out.push(`area code ${row.phone} not in ${row.city}`);
  }
  if (country === 'CA' && !CA_POSTAL_FIRST_LETTERS[row.state].includes(row.zip[0]))
    out.push(`postal ${row.zip} not in ${row.state}`);
  if (country === 'CA' && !/^[A-Z]\d[A-Z] \d[A-Z]\d$/.test(row.zip)) out.push(`postal format ${row.zip}`);
  if (country === 'US' && !/^\d{5}$/.test(row.zip)) out.push(`zip format ${row.zip}`);
  for (const key of ['created_at', 'order_date', 'invoice_date']) {
    if (key in row && (Number.isNaN(Date.parse(row[key])) || row[key] > refDate)) out.push(`${key} ${row[key]}`);
  }
  for (const key of ['order_value', 'amount', 'budget', 'down_payment', 'monthly_payment', 'apr']) {
    if (row[key] && !DECIMAL.test(row[key])) out.push(`${key} ${row[key]}`);
  }
  return out;
}

describe(renderChunk, () => {
  it('should render exactly the asked records, each passing the plausibility and consistency rules', () => {
    fc.assert(
      fc.property(small, (options) => {
        const { plan, records } = generateAll(options);
        const refDate = plan.options.refDate;
        for (const s of SOURCES) {
          const recs = bySource(records, s);
          expect(recs).toHaveLength(options.counts[s]);
          expect(recs.map((r) => r.id)).toEqual(
            recs.map((_, i) => `${SCHEMA.entities[s].idPrefix}${String(i + 1).padStart(7, '0')}`),
          );
          expect(recs.filter((r) => r.isDuplicate)).toHaveLength(plan.summary.perSource[s].duplicates);
        }
        const bad = records.map((r) => [r.id, ...problems(r, refDate)]).filter((p) => p.length > 1);
        expect(bad).toEqual([]);
        for (const key of ['order_id', 'invoice_id'] as const) {
          const ids = records.filter((r) => key in r.row).map((r) => r.row[key]);
          expect(new Set(ids).size).toBe(ids.length);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('should give the same records for the same seed, whatever the order chunks are rendered in', () => {
    fc.assert(
      fc.property(small, (options) => {
        const a = generateAll(options).records;
        const b = generateAll(options, (n) => Array.from({ length: n }, (_, k) => n - 1 - k)).records;
        expect(b).toEqual(a);
      }),
      { numRuns: 6 },
    );
    const counts = { leads: 300, sales: 100, financial: 100 };
    expect(generateAll({ seed: 1, counts }).records).not.toEqual(generateAll({ seed: 2, counts }).records);
  });

  it('should keep the truth exact: one canonical record per entity, duplicates pointing at their base', () => {
    fc.assert(
      fc.property(small, (options) => {
        const { plan, records } = generateAll(options);
        const byId = new Map(records.map((r) => [`${r.source}:${r.id}`, r]));
        const canonical = new Map<string, number>();
        const wrong: string[] = [];
        for (const r of records) {
          if (!r.variant) canonical.set(r.entityId, (canonical.get(r.entityId) ?? 0) + 1);
          if (r.isDuplicate) {
            const base = byId.get(`${r.source}:${r.dupOf}`);
            if (
              !base ||
              base.entityId !== r.entityId ||
              base.isDuplicate ||
              Number(base.id.slice(1)) > Number(r.id.slice(1))
            )
              wrong.push(r.id);
          } else if (r.dupOf !== '') wrong.push(r.id);
        }
        expect(wrong).toEqual([]);
        expect(canonical.size).toBe(plan.entityCount);
        expect([...canonical.values()].every((n) => n === 1)).toBe(true);
        const entities = new Map<string, Set<Source>>();
        for (const r of records) entities.set(r.entityId, (entities.get(r.entityId) ?? new Set()).add(r.source));
        for (const s of SOURCES) {
          const distinct = [...entities.values()].filter((set) => set.has(s));
          const overlapping = distinct.filter((set) => set.size > 1).length;
          expect(distinct).toHaveLength(plan.summary.perSource[s].distinctEntities);
          if (distinct.length > 0)
            expect(overlapping / distinct.length).toBeCloseTo(plan.summary.perSource[s].overlapAchieved, 9);
        }
      }),
      { numRuns: 10 },
    );
  });

  it.each(['US', 'CA', 'US+CA'] as const)('should use the %s locale formats', (locale) => {
    const { records } = generateAll({ seed: 11, locale, counts: { leads: 2000, sales: 300, financial: 300 } });
    const ca = records.filter((r) => r.row.country === 'CA').length / records.length;
    if (locale === 'US') expect(ca).toBe(0);
    if (locale === 'CA') expect(ca).toBe(1);
    if (locale === 'US+CA') expect(ca).toBeGreaterThan(0.15);
    if (locale === 'US+CA') expect(ca).toBeLessThan(0.25);
    const currencies = new Set(
      records.filter((r) => r.source === 'financial').map((r) => `${r.row.country}:${r.row.currency}`),
    );
    expect([...currencies].every((c) => c === 'US:USD' || c === 'CA:CAD')).toBe(true);
  });

  it('should keep dates and amounts consistent per entity: lead ≤ order ≤ invoice, amount from the order', () => {
    const { records } = generateAll({ seed: 5, overlap: 0.6, counts: { leads: 1500, sales: 1500, financial: 1500 } });
    const byEntity = new Map<string, RenderedRecord[]>();
    for (const r of records) byEntity.set(r.entityId, [...(byEntity.get(r.entityId) ?? []), r]);
    const wrong: string[] = [];
    let checked = 0;
    for (const [entity, recs] of byEntity) {
      const lead = recs.find((r) => r.source === 'leads' && !r.isDuplicate);
      const sale = recs.find((r) => r.source === 'sales' && !r.isDuplicate);
      const inv = recs.find((r) => r.source === 'financial' && !r.isDuplicate);
      if (lead && sale && lead.row.created_at.slice(0, 10) > sale.row.order_date)
        wrong.push(`${entity} lead after order`);
      if (lead && sale && lead.row.lead_status !== 'sold') wrong.push(`${entity} bought but lead not sold`);
      if (sale && inv) {
        checked++;
        if (inv.row.invoice_date < sale.row.order_date) wrong.push(`${entity} invoice before order`);
        const price = Number(sale.row.order_value);
        const invoiced = Number(inv.row.amount) + Number(inv.row.down_payment);
        if (!(invoiced >= price && invoiced <= price * 1.16 + 900))
          wrong.push(`${entity} amount ${invoiced} vs ${price}`);
        if (!(price >= 3000 && price <= 120000)) wrong.push(`${entity} price ${price}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('should plant confusers that share exactly their strong attributes with the target', () => {
    const { records } = generateAll({
      seed: 8,
      confuserRate: 0.3,
      counts: { leads: 3000, sales: 500, financial: 500 },
    });
    const firstOf = new Map<string, RenderedRecord>();
    for (const r of records) if (!firstOf.has(r.entityId)) firstOf.set(r.entityId, r);
    const seen = Object.fromEntries(CONFUSER_KINDS.map((k) => [k, 0])) as Record<ConfuserKind, number>;
    const wrong: string[] = [];
    let suffixed = 0;
    const addr = (row: Record<string, string>) => row.address ?? row.billing_address;
    const name = (row: Record<string, string>) => `${row.first_name} ${row.last_name}`;
    const sameBuilding = (a: Record<string, string>, b: Record<string, string>) =>
      a.zip === b.zip && addr(a)?.split(' ')[0] === addr(b)?.split(' ')[0];
    for (const c of firstOf.values()) {
      if (!c.confuserOf || !c.confuserKind) continue;
      const t = firstOf.get(c.confuserOf);
      if (!t) continue;
      const kind = c.confuserKind;
      seen[kind]++;
      const [a, b] = [c.row, t.row];
      const hasAddress = Boolean(addr(a) && addr(b));
      if (kind === 'email_local' && a.email && b.email) {
        if (a.email.split('@')[0] !== b.email.split('@')[0] || a.email.split('@')[1] === b.email.split('@')[1])
          wrong.push(`${c.entityId} email ${a.email} ${b.email}`);
        // A handle a second person would pick too: no birth year, no random digits.
        if (/\d/.test(a.email.split('@')[0])) wrong.push(`${c.entityId} shared handle with digits ${a.email}`);
      }
      if (kind === 'similar_name') {
        // The pairing rule of neg_similar_name: Jaro-Winkler of the normalised full names above 0.9.
        const jw = jaroWinkler(normalizeName(name(a)), normalizeName(name(b)));
        if (jw <= 0.9) wrong.push(`${c.entityId} name ${name(a)} / ${name(b)}`);
        if (a.email && a.email === b.email) wrong.push(`${c.entityId} same email`);
      }
      if ((kind === 'zip_house' || kind === 'coworker' || kind === 'neighbour') && hasAddress) {
        if (!sameBuilding(a, b)) wrong.push(`${c.entityId} ${kind} address ${addr(a)} ${a.zip} / ${addr(b)} ${b.zip}`);
        if (name(a) === name(b)) wrong.push(`${c.entityId} ${kind} same name`);
      }
      if ((kind === 'household' || kind === 'junior_senior') && hasAddress && (addr(a) !== addr(b) || a.zip !== b.zip))
        wrong.push(`${c.entityId} ${kind} address ${addr(a)} / ${addr(b)}`);
      if (kind === 'household' && (a.last_name !== b.last_name || a.first_name === b.first_name))
        wrong.push(`${c.entityId} household ${name(a)} / ${name(b)}`);
      // The son's surname may carry the generational suffix: `Smith Jr.` for `Smith`.
      if (kind === 'junior_senior' && name(a) === `${name(b)} Jr.`) suffixed++;
      if (kind === 'junior_senior' && name(a) !== name(b) && name(a) !== `${name(b)} Jr.`) {
        wrong.push(`${c.entityId} junior_senior ${name(a)} / ${name(b)}`);
      }
      if (kind === 'junior_senior' || kind === 'namesake') {
        if (a.email && a.email === b.email) wrong.push(`${c.entityId} ${kind} same email`);
        if (a.phone && a.phone === b.phone) wrong.push(`${c.entityId} ${kind} same phone`);
      }
      if (
        kind === 'namesake' &&
        (a.last_name !== b.last_name ||
          a.city !== b.city ||
          !(a.first_name === b.first_name || areNicknames(a.first_name, b.first_name)))
      ) {
        wrong.push(`${c.entityId} namesake ${name(a)} ${a.city} / ${name(b)} ${b.city}`);
      }
      if (
        kind === 'coworker' &&
        (a.account ?? a.company) &&
        (b.account ?? b.company) &&
        (a.account ?? a.company) !== (b.account ?? b.company)
      ) {
        wrong.push(`${c.entityId} coworker company ${a.account ?? a.company} / ${b.account ?? b.company}`);
      }
      if (kind === 'neighbour' && addr(a) && !/ (Apt|Suite) \d+$/.test(addr(a) ?? ''))
        wrong.push(`${c.entityId} neighbour without a unit: ${addr(a)}`);
    }
    expect(wrong).toEqual([]);
    expect(Math.min(...Object.values(seen))).toBeGreaterThan(30);
    // JUNIOR_SUFFIX_SHARE = 0.5 of the juniors show `Jr.` (their first record is clean of name noise mostly).
    expect(suffixed / seen.junior_senior).toBeGreaterThan(0.3);
    expect(suffixed / seen.junior_senior).toBeLessThan(0.7);
  });

  it('should give some records of one entity other contacts (second email or phone) at the configured rates', () => {
    const count = (show: number) => {
      const contactVariation = {
        showAlternate: show,
        personalAccount: 0,
        secondEmail: 0.7,
        secondPhone: 0.7,
        annualMoveRate: 0,
        annualPhoneChange: 0,
      };
      const { records } = generateAll({
        seed: 5,
        counts: { leads: 2000, sales: 1500, financial: 1500 },
        contactVariation,
      });
      const canonical = new Map<string, RenderedRecord>();
      let variants = 0;
      let differs = 0;
      for (const r of records) {
        const c = canonical.get(r.entityId);
        if (!c) canonical.set(r.entityId, r);
        else {
          variants++;
          if (
            (r.row.email && c.row.email && r.row.email !== c.row.email) ||
            (r.row.phone && c.row.phone && r.row.phone !== c.row.phone)
          )
            differs++;
        }
      }
      return differs / variants;
    };
    expect(count(0)).toBe(0);
    const share = count(1);
    // Variants of entities with a second email (70%) or phone (70%) always show it: nearly all differ.
    expect(share).toBeGreaterThan(0.8);
  });

  it(
    'should move people between two records with chance 1 − (1 − annualMoveRate)^Δt, ' +
      'Δt since the canonical record',
    () => {
      const rate = 0.9;
      const contactVariation = { showAlternate: 0, personalAccount: 0, annualPhoneChange: 0, annualMoveRate: rate };
      const { records } = generateAll({
        seed: 8,
        counts: { leads: 6000, sales: 4000, financial: 3000 },
        contactVariation,
      });
      const dayOf = (r: RenderedRecord) =>
        Date.parse((r.row.created_at ?? r.row.order_date ?? r.row.invoice_date).slice(0, 10)) / 86400000;
      const canonical = new Map<string, RenderedRecord>();
      for (const r of records) if (!r.variant) canonical.set(r.entityId, r);
      const where = (r: RenderedRecord) => `${r.row.address ?? r.row.billing_address}|${r.row.zip}`;
      // Per bucket of Δt (days): records, records at a new address, and the expected number of movers.
      const buckets = [0, 10, 25, 40].map(() => ({ n: 0, moved: 0, expected: 0 }));
      for (const r of records) {
        const c = canonical.get(r.entityId);
        // An address left empty by the schema's nullShare says nothing about a move.
        if (!r.variant || c === undefined || !where(r).split('|')[0] || !where(c).split('|')[0]) continue;
        const dt = dayOf(r) - dayOf(c);
        expect(dt).toBeGreaterThanOrEqual(0);
        const b = buckets[dt < 10 ? 0 : dt < 25 ? 1 : dt < 40 ? 2 : 3];
        b.n++;
        b.moved += where(r) === where(c) ? 0 : 1;
        b.expected += changeProbability(rate, dt / 365.25);
      }
      for (const b of buckets) {
        expect(b.n).toBeGreaterThan(100);
        expect(Math.abs(b.moved - b.expected)).toBeLessThan(4 * Math.sqrt(b.expected) + 3);
      }
      const shares = buckets.map((b) => b.moved / b.n);
      expect(shares[0] < shares[1] && shares[1] < shares[2] && shares[2] < shares[3]).toBe(true);
    },
  );

  it('should show the primary contacts on every record when nothing varies', () => {
    const none = { secondEmail: 0, secondPhone: 0, annualMoveRate: 0, annualPhoneChange: 0, personalAccount: 0 };
    const { records } = generateAll({
      seed: 9,
      counts: { leads: 1500, sales: 800, financial: 600 },
      contactVariation: none,
    });
    const contact = (r: RenderedRecord) => [
      r.row.email,
      r.row.phone,
      r.row.address ?? r.row.billing_address,
      r.row.zip,
    ];
    const first = new Map<string, string[]>();
    // Values left empty by the schema's nullShare are skipped: every value shown must be the primary one.
    const differ = records.filter((r) => {
      const c = first.get(r.entityId);
      if (c === undefined) first.set(r.entityId, contact(r));
      return c !== undefined && contact(r).some((v, i) => v !== '' && c[i] !== '' && v !== c[i]);
    });
    expect(differ.map((r) => r.id)).toEqual([]);
  });

  it(
    'should rarely give two distinct entities the same email or phone (under 0.2% of records), ' +
      'apart from planted sharing',
    () => {
      const { records } = generateAll({ seed: 21, counts: { leads: 10000, sales: 1000, financial: 700 } });
      // Households share a landline or a family email, coworkers the office phone: count only other sharing.
      const group = (r: RenderedRecord) => r.confuserOf ?? r.entityId;
      for (const key of ['email', 'phone']) {
        const owner = new Map<string, RenderedRecord>();
        let shared = 0;
        for (const r of records) {
          const v = r.row[key];
          if (!v) continue;
          const o = owner.get(v);
          if (o === undefined) owner.set(v, r);
          else if (o.entityId !== r.entityId && group(o) !== group(r)) shared++;
        }
        expect(shared / records.length).toBeLessThan(0.002);
      }
    },
  );

  it('should refuse a chunk index outside the plan', () => {
    const plan = planEntities(SCHEMA, { counts: { leads: 10, sales: 0, financial: 0 } });
    expect(() => renderChunk(plan, SCHEMA, 1)).toThrow(
      new EntitiesError('chunkIndex', 1, 'must be an integer between 0 and 0').message,
    );
    expect(() => renderChunk(plan, SCHEMA, 1)).toThrow('chunkIndex must be an integer between 0 and 0, got 1');
  });
});
