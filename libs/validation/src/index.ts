export { ValidationError } from './validation-error';
export type { ValidationCheck, ValidationReport, ValidationGates } from './validation-report';
export { VALIDATION_CHECKS, FILE_CHECKS, CHECK_SITES } from './validation-checks';
export type { CheckSite, ValidationCheckName } from './validation-checks';
export { createDatasetValidator } from './create-dataset-validator';
export type { DatasetValidator, DatasetValidatorOptions } from './create-dataset-validator';
export { createBlockChecker, BLOCK_CHECK_NAMES } from './create-block-checker';
export type { BlockChecker, BlockCheckerOptions, BlockChecks, IdColumnHashes, StrayId } from './create-block-checker';
export { createFoldedValidator } from './create-folded-validator';
export type {
  CsvFileFact,
  FileFacts,
  FoldedValidator,
  FoldedValidatorOptions,
  ParquetFileFact,
} from './create-folded-validator';
export type { CheckPart } from './internal/check-tally';
export type { PendingRef } from './internal/pair-checker';
export type { PairCountsData } from './internal/pair-counts';
export { failureMessages } from './failure-messages';
export { createColumnProfiler, DEFAULT_EXACT_DISTINCT_CAP } from './create-column-profiler';
export type { ColumnProfile, ColumnProfiler } from './create-column-profiler';
export { createPartProfiler, profileColumns } from './profile-columns';
export type { ColumnProfilePart, PartProfiler, ProfileColumnsOptions } from './profile-columns';
export { profileFigures } from './profile-figures';
export type { ProfileFigures } from './profile-figures';
export { summarySchema } from './summary-schema';
export { difficultySchema } from './difficulty-schema';
export type { DifficultySummary } from './difficulty-schema';
export { validateAgainstSchema } from './validate-against-schema';
export type { JsonSchema, JsonType } from './json-schema';
