import { Builtins, Cli, UsageError } from 'clipanion';
import type { BaseContext, CommandClass } from 'clipanion';
import { environmentError, PipelineError } from '@synth/pipeline';
import { version } from '../package.json';
import { EXIT } from './exit-codes';
import { flagMessage, VALUE_NAMES } from './flags';
import { ExportCommand } from './commands/export';
import { GenerateCommand } from './commands/generate';
import { ReportCommand } from './commands/report';
import { SamplesCommand } from './commands/samples';
import { ValidateCommand } from './commands/validate';

/** Every command of the `synth` binary. */
export const commands: CommandClass<BaseContext>[] = [
  GenerateCommand,
  ValidateCommand,
  ExportCommand,
  ReportCommand,
  SamplesCommand,
  Builtins.HelpCommand,
  Builtins.VersionCommand,
];

const USAGE_ERROR_NAMES = new Set(['UsageError', 'UnknownSyntaxError', 'AmbiguousSyntaxError']);

/**
 * Clipanion reads `--n-leads -5` as a flag `-5` with no value; join such a negative number to its option
 * (`--n-leads=-5`) so that the option's own check reports it ("must be from 1 to …").
 */
export function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = argv[i + 1];
    if (/^--[a-z][a-z-]*$/.test(arg) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

const OPTION_LINE = /^( {2})(-\S*(?: <[^>]*>)?)( {2,})(\S.*)$/;

/**
 * Help with value names from the option tables (`--seed <n>`) where Clipanion writes `#0`, the option list
 * aligned again for the longer names.
 */
export function nameValues(help: string): string {
  const lines = help
    .replace(/(--[a-z][a-z-]*) #0/g, (_, flag: string) => `${flag} <${VALUE_NAMES[flag] ?? 'value'}>`)
    .split('\n');
  const width = Math.max(0, ...lines.map((l) => OPTION_LINE.exec(l)?.[2].length ?? 0));
  return lines
    .map((l) => l.replace(OPTION_LINE, (_, indent, def, __, rest) => `${indent}${def.padEnd(width)}    ${rest}`))
    .join('\n');
}

/**
 * Runs the `synth` Clipanion app on `argv` and returns the exit code (see `EXIT`).
 * Errors go to stderr (Clipanion writes them to stdout by default); colours only on a terminal;
 * usage errors (bad flags, bad input files) exit 2, failed validation 1, environment errors (full disk,
 * permissions, read-only file system, too many open files) 3 with one line and no stack unless
 * `SYNTH_DEBUG=1`, unexpected bugs 1 with a stack.
 */
export async function runCli(
  argv: string[],
  context: Partial<BaseContext> = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const full: BaseContext = { ...Cli.defaultContext, ...context };
  const cli = new Cli<BaseContext>({
    binaryLabel: 'synth',
    binaryName: 'synth',
    binaryVersion: version,
    enableColors: Boolean((full.stdout as NodeJS.WriteStream).isTTY),
  });
  for (const command of commands) cli.register(command);
  const usage = cli.usage.bind(cli);
  cli.usage = (...args: Parameters<typeof usage>) => nameValues(usage(...args));
  let exit: number | null = null;
  cli.error = (error, opts) => {
    const known = error instanceof PipelineError ? error : environmentError(error);
    if (known && known.kind !== 'input') {
      exit = known.kind === 'environment' ? EXIT.environment : EXIT.failed;
      full.stderr.write(`synth: ${flagMessage(known)}\n`);
      if (env['SYNTH_DEBUG'] === '1') full.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      return '';
    }
    const shown = known ? new UsageError(flagMessage(known)) : error;
    if (USAGE_ERROR_NAMES.has(shown instanceof Error ? shown.name : '')) exit = EXIT.usage;
    full.stderr.write(Cli.prototype.error.call(cli, shown, opts));
    return '';
  };
  const code = await cli.run(joinNegativeValues(argv), full);
  return exit ?? code;
}
