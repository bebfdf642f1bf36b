// Lets a benchmark `require` a lib's TypeScript sources: @synth/* import paths resolve through
// tsconfig.base.json's `paths`, and @swc-node/register compiles on the fly. Returns the `require` to use.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export function requireSources(root) {
  const require = createRequire(join(root, 'package.json'));
  const paths = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions.paths;
  const Module = require('node:module');
  const resolveFilename = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    const mapped = paths[request];
    return resolveFilename.call(this, mapped ? join(root, mapped[0]) : request, ...rest);
  };
  require('@swc-node/register');
  return require;
}
