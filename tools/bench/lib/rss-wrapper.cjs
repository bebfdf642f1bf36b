#!/usr/bin/env node
// Fallback peak-RSS probe of tools/bench/run.mjs when /usr/bin/time is missing: runs a CommonJS program in
// this process and, on exit, writes `process.resourceUsage().maxRSS` (kilobytes) to $BENCH_RSS_FILE.
//   BENCH_RSS_FILE=/tmp/x node tools/bench/lib/rss-wrapper.cjs dist/apps/cli/main.js generate --dev
const { writeFileSync } = require('node:fs');
const path = require('node:path');

const target = path.resolve(process.argv[2]);
process.argv = [process.argv[0], target, ...process.argv.slice(3)];
process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
require(target);
