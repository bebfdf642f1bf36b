// node --test tools/bench/lib/   (not part of `npm test`: the harness is a workspace script)
import { test } from 'node:test';
import { summarizeCpuProfile } from './cpu-profile.mjs';
import assert from 'node:assert/strict';
import {
  largestStage,
  markdownTable,
  median,
  parseCpuModel,
  parseGcProbe,
  parseTimeVerbose,
  stripTimeVerbose,
  summarize,
} from './stats.mjs';

test('median should take the middle value, or the mean of the two middle values', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([]), null);
  assert.equal(median([null, 5, NaN]), 5);
});

test('summarize should report median, min, max and count', () => {
  assert.deepEqual(summarize([5, 1, 9]), { median: 5, min: 1, max: 9, n: 3 });
  assert.deepEqual(summarize([]), { median: null, min: null, max: null, n: 0 });
});

const TIME_V =
  `synth: done\n\tCommand being timed: "node main.js generate"\n\tUser time (seconds): 1.74\n` +
  `\tSystem time (seconds): 0.16\n\tPercent of CPU this job got: 68%\n` +
  `\tMaximum resident set size (kbytes): 135876\n\tExit status: 0\n`;

test('parseTimeVerbose should read peak RSS in bytes, CPU times and exit status', () => {
  assert.deepEqual(parseTimeVerbose(TIME_V), {
    maxRssBytes: 135876 * 1024,
    userSeconds: 1.74,
    systemSeconds: 0.16,
    cpuPercent: 68,
    exitStatus: 0,
  });
  assert.equal(parseTimeVerbose('nothing').maxRssBytes, null);
  assert.equal(stripTimeVerbose(TIME_V), 'synth: done\n');
});

test('parseCpuModel should read the first model name', () => {
  assert.equal(
    parseCpuModel('processor\t: 0\nmodel name\t: AMD EPYC 7B13\nprocessor\t: 1\nmodel name\t: AMD EPYC 7B13\n'),
    'AMD EPYC 7B13',
  );
  assert.equal(parseCpuModel(''), null);
});

test('largestStage should ignore total', () => {
  assert.equal(largestStage({ inputs: 4, generate: 900, write: 100, total: 2000 }), 'generate');
  assert.equal(largestStage({}), null);
});

test('markdownTable should escape pipes and show missing cells as a dash', () => {
  assert.equal(markdownTable(['a', 'b'], [['x|y', null]]), '| a | b |\n| --- | --- |\n| x\\|y | — |');
});

test('parseGcProbe should sum the last cumulative line of each thread', () => {
  const text = ['0 1 2.5', '1 3 10.0', '0 4 7.5', '1 5 12.5', 'garbage', ''].join('\n');
  assert.deepEqual(parseGcProbe(text), { ms: 20, collections: 9, threads: 2 });
  assert.equal(parseGcProbe(''), null);
});

test('summarizeCpuProfile should count self and inclusive time once per sample and the GC share', () => {
  const frame = (functionName, lineNumber = 1) => ({ functionName, url: '/x/main.js', lineNumber });
  const profile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', 0), children: [2, 4] },
      { id: 2, callFrame: frame('outer'), children: [3] },
      { id: 3, callFrame: frame('outer'), children: [] },
      { id: 4, callFrame: { functionName: '(garbage collector)', url: '', lineNumber: -1 }, children: [] },
    ],
    samples: [3, 3, 2, 4],
    timeDeltas: [1000, 1000, 1000, 1000],
  };
  const s = summarizeCpuProfile(profile, 5);
  assert.equal(s.totalMs, 4);
  assert.equal(s.gcShare, 0.25);
  assert.deepEqual(
    s.inclusive.find((e) => e.name === 'outer main.js:1'),
    { name: 'outer main.js:1', ms: 3, share: 0.75 },
  );
  assert.deepEqual(
    s.self.find((e) => e.name === 'outer main.js:1'),
    { name: 'outer main.js:1', ms: 3, share: 0.75 },
  );
});
