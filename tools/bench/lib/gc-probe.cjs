// Garbage-collection probe of tools/bench/run.mjs, preloaded into every thread of a synth run through
// NODE_OPTIONS="--require …/gc-probe.cjs" (worker threads inherit it). Each batch of `gc` performance
// entries appends `<threadId> <collections> <pause ms so far>` to $BENCH_GC_FILE; the last line of each
// thread is its total (terminated worker threads get no exit event, so totals are written as they grow).
// Pauses are wall-clock time of the thread stopped for GC: on a loaded machine they include waiting for a core.
const { PerformanceObserver } = require('node:perf_hooks');
const { appendFileSync } = require('node:fs');
const { threadId } = require('node:worker_threads');

const file = process.env.BENCH_GC_FILE;
if (file) {
  let ms = 0;
  let collections = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      ms += entry.duration;
      collections++;
    }
    appendFileSync(file, `${threadId} ${collections} ${ms.toFixed(1)}\n`);
  }).observe({ entryTypes: ['gc'] });
}
