/** The matchers `synth export --format` writes for. */
export const EXPORT_FORMATS = ['splink', 'dedupe', 'zingg'] as const;

/** One export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Whether `value` names an export format. */
export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}
