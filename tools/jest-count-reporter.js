// Writes each Jest project's totals to $SYNTH_TEST_COUNTS_DIR/<project>.json so that .ci/run can
// print one `N passed, N failed` line for the whole workspace. Does nothing when the variable is unset.
const fs = require('node:fs');
const path = require('node:path');

class CountReporter {
  constructor(globalConfig, options = {}) {
    this.name = options.name || path.basename(globalConfig.rootDir);
  }

  onRunComplete(_contexts, results) {
    const dir = process.env.SYNTH_TEST_COUNTS_DIR;
    if (!dir) return;
    fs.mkdirSync(dir, { recursive: true });
    const counts = {
      project: this.name,
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
      suitesFailed: results.numFailedTestSuites,
    };
    fs.writeFileSync(path.join(dir, `${this.name}.json`), JSON.stringify(counts) + '\n');
  }
}

module.exports = CountReporter;
