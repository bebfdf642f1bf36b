/**
 * What went wrong, for the caller to act on: `input` — an option or an input file is wrong (nothing was
 * written); `environment` — the machine refused (full disk, no permission, read-only file system, too many
 * open files; earlier outputs untouched, temporaries removed); `aborted` — the caller's `AbortSignal` fired.
 */
export type PipelineErrorKind = 'input' | 'environment' | 'aborted';

/**
 * The one error class of `@synth/pipeline`. `option` names the option at fault (camelCase, as in
 * `GenerateDatasetOptions`) and `detail` is the message without it, so that a CLI can name its flag
 * instead: `${option}${detail}` is the message.
 *
 * @example
 * try { await generateDataset({ nLeads: 0 }); }
 * catch (e) { if (e instanceof PipelineError && e.kind === 'input') console.error(e.message); }
 * // "nLeads must be from 1 to …"
 */
export class PipelineError extends Error {
  override readonly name = 'PipelineError';

  constructor(
    readonly kind: PipelineErrorKind,
    readonly detail: string,
    extra: {
      /** The option at fault (camelCase). */
      option?: string;
      /** The file or folder at fault. */
      file?: string;
      /** The system error code, e.g. `ENOSPC`. */
      code?: string;
      cause?: unknown;
    } = {},
  ) {
    super(`${extra.option ?? ''}${detail}`, { cause: extra.cause });
    this.option = extra.option;
    this.file = extra.file;
    this.code = extra.code;
  }

  /** The option at fault (camelCase), if one is. */
  readonly option: string | undefined;
  /** The file or folder at fault, if one is. */
  readonly file: string | undefined;
  /** The system error code (`ENOSPC`, …) of an environment error. */
  readonly code: string | undefined;
}
