// The source vocabulary is defined once, in @synth/features (the lowest package that needs it).
export { SOURCES } from '@synth/features';
export type { Source } from '@synth/features';
