import { runBlockWorker } from '../run-block-worker';

// Entry point of a worker thread of the published package (`block-worker.js` beside `worker-blocks.js`).
// The bundled CLI has its own one-line entry calling the same function.
runBlockWorker();
