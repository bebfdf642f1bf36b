import type { GenerationOptionsInput } from '@synth/entities';
import type { GenerateOptions } from '../resolve-generate-options';

/** The entity plan's options, taken from the CLI's. The reference date is the plan's fixed default, never "now". */
export function entityOptions(options: GenerateOptions): GenerationOptionsInput {
  return {
    seed: options.seed,
    counts: options.counts,
    dupRate: options.dupRate,
    dupDistribution: { kind: options.dupDistribution, exponent: options.dupExponent, cap: options.dupCap },
    overlap: options.overlap,
    confuserRate: options.confuserRate,
    sharedBuildings: options.sharedBuildings,
    contactVariation: options.contactVariation,
    locale: options.locale,
  };
}
