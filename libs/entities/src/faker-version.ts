import { version } from '@faker-js/faker/package.json';

/**
 * The version of @faker-js/faker the records are drawn from. Another faker version gives other data for
 * the same seed, so the run summary records it.
 */
export const FAKER_VERSION: string = version;
