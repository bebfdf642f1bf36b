import { Builtins, Cli } from 'clipanion';
import type { BaseContext, CommandClass } from 'clipanion';
import { version } from '../package.json';
import { EXIT } from './exit-codes';
import { ExportCommand } from './commands/export';
import { GenerateCommand } from './commands/generate';
import { ReportCommand } from './commands/report';
import { SamplesCommand } from './commands/samples';
import { ValidateCommand } from './commands/validate';

/** Every command of the `synth` binary. */
export const commands: CommandClass<BaseContext>[] = [GenerateCommand, ValidateCommand, ExportCommand, ReportCommand, SamplesCommand, Builtins.HelpCommand, Builtins.VersionCommand];

const USAGE_ERROR_NAMES = new Set(['UsageError', 'UnknownSyntaxError', 'AmbiguousSyntaxError']);

/**
 * Runs the `synth` Clipanion app on `argv` and returns the exit code (see `EXIT`).
 * Errors go to stderr (Clipanion writes them to stdout by default); colours only on a terminal;
 * usage errors (bad flags, bad input files) exit 2, failed validation 1, unexpected bugs 1 with a stack.
 */
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

export async function runCli(argv: string[], context: Partial<BaseContext> = {}): Promise<number> {
  const full: BaseContext = { ...Cli.defaultContext, ...context };
  const cli = new Cli<BaseContext>({
    binaryLabel: 'synth',
    binaryName: 'synth',
    binaryVersion: version,
    enableColors: Boolean((full.stdout as NodeJS.WriteStream).isTTY),
  });
  for (const command of commands) cli.register(command);
  let usageError = false;
  cli.error = (error, opts) => {
    const name = error instanceof Error ? error.name : '';
    usageError = USAGE_ERROR_NAMES.has(name);
    full.stderr.write(Cli.prototype.error.call(cli, error, opts));
    return '';
  };
  const code = await cli.run(joinNegativeValues(argv), full);
  return usageError ? EXIT.usage : code;
}
