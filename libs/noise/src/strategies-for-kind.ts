import { FIELD_KINDS } from '@synth/features';
import { NOISE_STRATEGIES } from './noise-strategies';
import type { FieldKind, NoiseStrategy, StrategyName } from './types';

/**
 * The order in which strategies are tried on one field: `missing` first (a blanked value takes no
 * other noise), then the semantic rewrites, then the surface ones, `case` last.
 */
const APPLICATION_ORDER: readonly StrategyName[] = [
  'missing',
  'nickname',
  'address_abbreviation',
  'email_domain_alias',
  'email_tag',
  'phone_format',
  'geo_mismatch',
  'punctuation',
  'typo',
  'whitespace',
  'case',
];

const PLAN: ReadonlyMap<FieldKind, readonly NoiseStrategy[]> = new Map(
  FIELD_KINDS.map((kind) => [
    kind,
    Object.freeze(
      APPLICATION_ORDER.map((n) => NOISE_STRATEGIES.find((s) => s.name === n)).filter(
        (s): s is NoiseStrategy => s !== undefined && s.kinds.includes(kind),
      ),
    ),
  ]),
);

/**
 * The strategies tried on a field of `kind`, in application order (empty for ids, dates, amounts, …).
 *
 * @example
 * strategiesForKind('phone').map((s) => s.name); // ['missing', 'phone_format']
 */
export function strategiesForKind(kind: FieldKind): readonly NoiseStrategy[] {
  return PLAN.get(kind) ?? [];
}
