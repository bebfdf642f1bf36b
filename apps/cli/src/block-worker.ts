import { runBlockWorker } from '@synth/pipeline';

// Worker-thread entry of the bundled CLI (esbuild writes it beside main.js as block-worker.js, where
// @synth/pipeline's worker pool looks for it).
runBlockWorker();
