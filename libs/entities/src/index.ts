export { CHUNK_SIZE } from './chunk-size';
export { DIFFICULTIES, ENTITY_PRESETS } from './difficulty-presets';
export type { Difficulty, EntityPreset } from './difficulty-presets';
export { EntitiesError } from './entities-error';
export {
  CONTACT_VARIATION_OPTIONS,
  DEFAULT_CONTACT_VARIATION,
  DEFAULT_GENERATION_OPTIONS,
  resolveGenerationOptions,
} from './generation-options';
export { GENERATION_OPTION_TABLE } from './generation-option-table';
export type {
  ContactVariation,
  DupDistribution,
  GenerationOptions,
  GenerationOptionsInput,
  OptionSpec,
} from './generation-options';
export { CONFUSER_KINDS } from './entity-plan';
export type { ConfuserKind, EntityPlan, PlanSummary, SourcePlanSummary } from './entity-plan';
export type { RenderedRecord } from './rendered-record';
export { planEntities } from './plan-entities';
export { renderChunk } from './render-chunk';
export { sourceColumns } from './source-columns';
export { FAKER_VERSION } from './faker-version';
