import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { optionError } from './check-option';
import { ENVIRONMENT_ERRORS } from './environment-error';
import { PipelineError } from '../pipeline-error';
import { loadSchema, SchemaError } from '@synth/schema';
import type { LoadedSchema } from '@synth/schema';
import { NOISE_PRESETS, NoiseError, parseNoiseProfile } from '@synth/noise';
import type { NoiseProfile } from '@synth/noise';
import type { GenerateOptions } from '../resolve-generate-options';
import { resolveSalt } from './pii';

/** The checked inputs of a run: everything that can be wrong with the user's files, found before any work. */
export interface RunInputs {
  loaded: LoadedSchema;
  noiseProfile: NoiseProfile;
  salt: string | null;
}

function schemaOrUsage(path: string): LoadedSchema {
  try {
    return loadSchema(path);
  } catch (error) {
    if (error instanceof SchemaError) throw optionError('schema', `: ${error.message}`);
    throw error;
  }
}

/** The preset's noise rates, overridden strategy by strategy by the `--noise-profile` file when one is given. */
function noiseProfileOrUsage(path: string | null, preset: NoiseProfile): NoiseProfile {
  if (path === null) return preset;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw optionError('noiseProfile', ` ${path} cannot be read (${code}).`);
  }
  try {
    return parseNoiseProfile(text, path, preset);
  } catch (error) {
    if (error instanceof NoiseError) throw optionError('noiseProfile', `: ${error.message}`);
    throw error;
  }
}

/**
 * Proves, without creating anything, that `dir` is or can become a writable folder: it is a writable
 * folder, or its nearest existing ancestor is one. Otherwise an input `PipelineError` naming the option — or an
 * environment one when the machine refuses (`EROFS`, `EACCES`, …).
 */
export function checkWritableDir(option: string, dir: string): void {
  let current = path.resolve(dir);
  try {
    for (;;) {
      if (existsSync(current)) {
        if (!statSync(current).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
        accessSync(current, constants.W_OK);
        return;
      }
      const parent = path.dirname(current);
      if (parent === current) throw Object.assign(new Error('no existing ancestor'), { code: 'ENOENT' });
      current = parent;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'not writable';
    const refused = ENVIRONMENT_ERRORS[code];
    if (refused) {
      // The folder is right but the machine refuses it (read-only file system, permissions): an environment error.
      const detail = ` ${dir}: ${refused.what} (${code}); ${refused.fix}. Nothing was written.`;
      throw new PipelineError('environment', detail, { option, file: dir, code, cause: error });
    }
    throw optionError(option, ` ${dir} is not a writable folder (${code}). Give a folder you can write to.`);
  }
}

/** Checks every folder first, then creates them: one bad folder leaves no other folder created. */
export function ensureWritableDirs(dirs: readonly [option: string, dir: string][]): void {
  for (const [option, dir] of dirs) checkWritableDir(option, dir);
  for (const [option, dir] of dirs) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      throw optionError(option, ` ${dir} cannot be created (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
    }
  }
}

/** Creates `dir` if needed, after proving it can be a writable folder. */
export function ensureWritableDir(option: string, dir: string): void {
  ensureWritableDirs([[option, dir]]);
}

/** Loads and checks the schema, the noise profile, the salt and the output folders, in that order. */
export function loadInputs(options: GenerateOptions): RunInputs {
  const loaded = schemaOrUsage(options.schema);
  const noiseProfile = noiseProfileOrUsage(options.noiseProfile, NOISE_PRESETS[options.difficulty]);
  const salt = options.pii === 'hashed' ? resolveSalt(options.saltFile) : null;
  ensureWritableDirs([
    ['outdir', options.outdir],
    ['pairsOut', options.pairsOut],
    ['reportDir', options.reportDir],
  ]);
  return { loaded, noiseProfile, salt };
}
