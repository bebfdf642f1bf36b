import { accessSync, constants, mkdirSync, readFileSync, statSync } from 'node:fs';
import { UsageError } from 'clipanion';
import { loadSchema, SchemaError } from '@synth/schema';
import type { LoadedSchema } from '@synth/schema';
import { defaultNoiseProfile, NoiseError, parseNoiseProfile } from '@synth/noise';
import type { NoiseProfile } from '@synth/noise';
import type { GenerateOptions } from './options';
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
    if (error instanceof SchemaError) throw new UsageError(`--schema: ${error.message}`);
    throw error;
  }
}

function noiseProfileOrUsage(path: string | null): NoiseProfile {
  if (path === null) return defaultNoiseProfile;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--noise-profile ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unreadable'}).`);
  }
  try {
    return parseNoiseProfile(text, path);
  } catch (error) {
    if (error instanceof NoiseError) throw new UsageError(`--noise-profile: ${error.message}`);
    throw error;
  }
}

/** Creates `dir` if needed and proves it is a writable folder; otherwise a `UsageError` naming the flag. */
export function ensureWritableDir(flag: string, dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'not writable';
    throw new UsageError(`${flag} ${dir} is not a writable folder (${code}). Give a folder you can write to.`);
  }
}

/** Loads and checks the schema, the noise profile, the salt and the output folders, in that order. */
export function loadInputs(options: GenerateOptions): RunInputs {
  const loaded = schemaOrUsage(options.schema);
  const noiseProfile = noiseProfileOrUsage(options.noiseProfile);
  const salt = options.pii === 'hashed' ? resolveSalt(options.saltFile) : null;
  ensureWritableDir('--outdir', options.outdir);
  ensureWritableDir('--pairs-out', options.pairsOut);
  ensureWritableDir('--report-dir', options.reportDir);
  return { loaded, noiseProfile, salt };
}
