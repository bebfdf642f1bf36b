export type { Rng } from './rng';
export { createRng } from './create-rng';
export { hashToUnit } from './hash-to-unit';
