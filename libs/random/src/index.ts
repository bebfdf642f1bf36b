export type { Rng } from './rng';
export { createRng } from './create-rng';
export { hashToUnit, hashToUnitJoined } from './hash-to-unit';
