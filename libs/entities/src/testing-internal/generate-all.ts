import { loadSchema, type SchemaSpec } from '@synth/schema';
import { join } from 'node:path';
import type { GenerationOptionsInput } from '../generation-options';
import type { EntityPlan } from '../entity-plan';
import { planEntities } from '../plan-entities';
import { renderChunk } from '../render-chunk';
import type { RenderedRecord } from '../rendered-record';

export const SCHEMA: SchemaSpec = loadSchema(join(__dirname, '..', '..', '..', '..', 'automotive_schemas.json')).schema;

/** Plans and renders every chunk, in chunk order unless `order` says otherwise. */
export function generateAll(
  options: GenerationOptionsInput,
  order?: (n: number) => number[],
): { plan: EntityPlan; records: RenderedRecord[] } {
  const plan = planEntities(SCHEMA, options);
  const chunks = order ? order(plan.chunkCount) : Array.from({ length: plan.chunkCount }, (_, k) => k);
  const byChunk = new Map(chunks.map((k) => [k, renderChunk(plan, SCHEMA, k)]));
  const records: RenderedRecord[] = [];
  for (let k = 0; k < plan.chunkCount; k++) records.push(...(byChunk.get(k) ?? []));
  return { plan, records };
}

/** Independent oracle: first letters of Canadian postal codes per province (Canada Post). */
export const CA_POSTAL_FIRST_LETTERS: Record<string, string> = {
  NL: 'A',
  NS: 'B',
  PE: 'C',
  NB: 'E',
  QC: 'GHJ',
  ON: 'KLMNP',
  MB: 'R',
  SK: 'S',
  AB: 'T',
  BC: 'V',
  NT: 'X',
  NU: 'X',
  YT: 'Y',
};
