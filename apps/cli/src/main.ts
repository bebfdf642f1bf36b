import { runCli } from './cli';

// Unconditional entry point: inside the esbuild bundle `require.main === module` is always false.
void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
