export type { Rng } from './rng';
export { createRng, createRngs } from './create-rng';
export { hashToUnit, hashToUnitJoined } from './hash-to-unit';
