import { createRng, hashToUnit } from '@synth/random';
import { SOURCES, type SchemaSpec } from '@synth/schema';
import { CONFUSER_KINDS, type EntityPlan } from './entity-plan';

const NEIGHBOUR = CONFUSER_KINDS.indexOf('neighbour') + 1;
const EMAIL_LOCAL = CONFUSER_KINDS.indexOf('email_local') + 1;
import { EntitiesError } from './entities-error';
import type { RenderedRecord } from './rendered-record';
import { compileEntity } from './internal/compile-fields';
import { confuserProfile, prepareEmailLocalTarget } from './internal/confuser-profile';
import { buildingUnit } from './internal/confuser-kinds';
import { drawAlternates, primaryView, restoreContacts, savedContacts, showAlternates } from './internal/contact-view';
import { genContext } from './internal/context';
import { makeProfile, type Profile } from './internal/profile';
import { prefixedId, recordDay, type RecordContext } from './internal/record-context';
import { orderRecordNumbers } from './internal/order-record-numbers';

/**
 * Renders the clean records of chunk `chunkIndex` (entities `chunkIndex × CHUNK_SIZE` …): leads, then
 * sales, then financial, each in id order. The result depends only on the plan, the schema and the
 * chunk index, so chunks may be rendered in any order, on any worker, and concatenated.
 *
 * @example
 * const plan = planEntities(schema, { seed: 42 });
 * for (let k = 0; k < plan.chunkCount; k++) for (const r of renderChunk(plan, schema, k)) write(r.source, r.row);
 */
export function renderChunk(plan: EntityPlan, schema: SchemaSpec, chunkIndex: number): RenderedRecord[] {
  if (!Number.isInteger(chunkIndex) || chunkIndex < 0 || chunkIndex >= plan.chunkCount) {
    throw new EntitiesError('chunkIndex', chunkIndex, `must be an integer between 0 and ${plan.chunkCount - 1}`);
  }
  const { seed, locale, refDate, contactVariation } = plan.options;
  const ctx = genContext(seed, locale, refDate);
  const start = chunkIndex * plan.chunkSize;
  const size = Math.min(plan.chunkSize, plan.entityCount - start);
  const { leads, sales, financial } = plan.recordCounts;
  const mask = (e: number) => (leads[e] > 0 ? 1 : 0) | (sales[e] > 0 ? 2 : 0) | (financial[e] > 0 ? 4 : 0);

  // One stream per chunk: chunks have a fixed size and content, so this is independent of grouping.
  const rng = createRng(seed, 'entities', chunkIndex);
  const profiles: Profile[] = new Array(size);
  // The first resident of a shared building (the target of its neighbours) lives in a unit too.
  const anchor = new Uint8Array(size);
  for (let i = 0; i < size; i++)
    if (plan.confuserKind[start + i] === NEIGHBOUR) anchor[plan.confuserOf[start + i] - start] = 1;
  for (let i = 0; i < size; i++) {
    if (plan.confuserOf[start + i] >= 0) continue;
    const p = makeProfile(rng, ctx, mask(start + i));
    if (anchor[i]) p.unit = buildingUnit(rng, p.business);
    profiles[i] = p;
  }
  // Targets are never confusers: their profiles exist, and an email-local target gets its shared handle first.
  for (let i = 0; i < size; i++) {
    const e = start + i;
    if (plan.confuserKind[e] === EMAIL_LOCAL) prepareEmailLocalTarget(profiles[plan.confuserOf[e] - start], rng);
  }
  for (let i = 0; i < size; i++) {
    const e = start + i;
    if (plan.confuserOf[e] >= 0)
      profiles[i] = confuserProfile(plan.confuserKind[e], profiles[plan.confuserOf[e] - start], rng, ctx, mask(e));
  }
  // After the confusers (a coworker may turn its target into a business customer): alternates, primary contacts.
  for (let i = 0; i < size; i++) {
    const e = start + i;
    const p = profiles[i];
    if (leads[e] + sales[e] + financial[e] > 1) {
      // The canonical record is the earliest: the first lead, else the order, else the invoice.
      const firstDay = leads[e] > 0 ? p.deal.leadDay : sales[e] > 0 ? p.deal.orderDay : p.deal.invoiceDay;
      p.alt = drawAlternates(rng, p, contactVariation, firstDay, p.deal.invoiceDay);
    }
    primaryView(p);
  }
  const saved = savedContacts(profiles[0]);

  const entityIdWidth = plan.idWidth.entity;
  const numbers = SOURCES.map((s) => orderRecordNumbers(plan, s, chunkIndex, start, size));
  // One array for the chunk: source si's records go at base[si] + their number within the chunk's source block.
  const base = new Array<number>(SOURCES.length);
  let total = 0;
  for (let si = 0; si < SOURCES.length; si++) {
    base[si] = total - numbers[si].first;
    total += numbers[si].recordNumbers.length;
  }
  const out = new Array<RenderedRecord>(total);
  const compiled = SOURCES.map((s) => compileEntity(schema.entities[s]));
  const rc: RecordContext = {
    profile: profiles[0],
    rng,
    recordNumber: 0,
    ordinal: 0,
    idPrefix: '',
    idWidth: 7,
    id: '',
    orderOffset: Math.floor(hashToUnit(`${seed}:order_id`) * 1e6),
    invoiceOffset: Math.floor(hashToUnit(`${seed}:invoice_id`) * 1e6),
    refDay: ctx.refDay,
    day: 0,
  };

  // Per source, hoisted out of the record loop: its record counts, id width, row builder and id prefix.
  const counts = SOURCES.map((s) => plan.recordCounts[s]);
  const idWidths = SOURCES.map((s) => plan.idWidth[s]);
  for (let i = 0; i < size; i++) {
    const e = start + i;
    const entityId = prefixedId('E', e + 1, entityIdWidth);
    const target = plan.confuserOf[e];
    const confuserOf = target >= 0 ? prefixedId('E', target + 1, entityIdWidth) : undefined;
    const confuserKind = target >= 0 ? CONFUSER_KINDS[plan.confuserKind[e] - 1] : undefined;
    const profile = profiles[i];
    const varies = profile.alt !== null || profile.business;
    rc.profile = profile;
    let canonicalDone = false;
    for (let si = 0; si < SOURCES.length; si++) {
      const count = counts[si][e];
      if (count === 0) continue;
      const source = SOURCES[si];
      const { build, idPrefix } = compiled[si];
      const { offsets, recordNumbers } = numbers[si];
      const idWidth = idWidths[si];
      rc.idPrefix = idPrefix;
      rc.idWidth = idWidth;
      let baseId = '';
      for (let j = 0; j < count; j++) {
        const recordNumber = recordNumbers[offsets[i] + j];
        rc.recordNumber = recordNumber;
        rc.ordinal = j;
        rc.day = recordDay(source, j, profile.deal, rng);
        const variant = canonicalDone || j > 0;
        const shown = variant && varies && showAlternates(profile, saved, rng, contactVariation, rc.day);
        const id = prefixedId(idPrefix, recordNumber + 1, idWidth);
        rc.id = id;
        const row = build(rc);
        if (shown) restoreContacts(profile, saved);
        if (j === 0) baseId = id;
        const isDuplicate = j > 0;
        const dupOf = isDuplicate ? baseId : '';
        // Each record is made with its final shape (a confuser's two extra keys in the literal, not added after).
        out[base[si] + recordNumber] =
          confuserOf === undefined
            ? { source, id, entityId, isDuplicate, dupOf, variant, row }
            : { source, id, entityId, isDuplicate, dupOf, variant, row, confuserOf, confuserKind };
      }
      canonicalDone = true;
    }
  }
  return out;
}
