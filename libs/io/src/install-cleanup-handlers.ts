import { removeAllTemporaries } from './internal/temporaries';

/** Exit codes used after a signal: 128 + signal number, as shells report them. */
export const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

let installed: (() => void) | undefined;

/**
 * On SIGINT/SIGTERM removes every open temporary and exits with 130/143; on any other process exit
 * (including an uncaught error) removes them too. Earlier good outputs at the final paths stay as they
 * were. Idempotent; returns a function that uninstalls the handlers.
 *
 * @example
 * installCleanupHandlers(); // first thing in the CLI's main
 */
export function installCleanupHandlers(): () => void {
  if (installed) return installed;
  const onSignal = (signal: keyof typeof SIGNAL_EXIT_CODES) => {
    removeAllTemporaries();
    process.exit(SIGNAL_EXIT_CODES[signal]);
  };
  const onInt = () => onSignal('SIGINT');
  const onTerm = () => onSignal('SIGTERM');
  const onExit = () => {
    removeAllTemporaries();
  };
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  process.on('exit', onExit);
  const uninstall = () => {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
    process.off('exit', onExit);
    installed = undefined;
  };
  installed = uninstall;
  return uninstall;
}
