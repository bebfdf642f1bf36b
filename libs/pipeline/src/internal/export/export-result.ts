import type { ExportFormat } from './export-formats';
import type { PiiMode } from './pii-detector';

/** What one export wrote, for stdout and tests. */
export interface ExportResult {
  format: ExportFormat;
  /** The files written into the export folder, by name. */
  files: string[];
  /** Human-readable lines: counts, how `unique_id` is formed, the PII mode. */
  lines: string[];
  pii: PiiMode;
  /** Shared columns (export names) that hold only sha256 hex ([] when PII is plain). */
  hashed: string[];
}

/** Facts every export README states. */
export interface ReadmeFacts {
  pii: PiiMode;
  /** Shared columns (export names) that hold only sha256 hex. */
  hashed: string[];
  shared: string[];
  uniqueIdRule: string;
}
