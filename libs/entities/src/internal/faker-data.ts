import { en, en_US } from '@faker-js/faker';

/**
 * The word lists synth samples directly from faker's English locale definitions (much faster than
 * calling faker's API per field, and faker stays the data source). Pinned faker version: a faker
 * upgrade changes generated data.
 */
const person = en.person ?? {};
const firstNames = person.first_name as { female?: string[]; male?: string[] } | undefined;
const lastNames = person.last_name as { generic?: string[] } | undefined;

export const FEMALE_FIRST_NAMES: readonly string[] = firstNames?.female ?? [];
export const MALE_FIRST_NAMES: readonly string[] = firstNames?.male ?? [];
export const LAST_NAMES: readonly string[] = lastNames?.generic ?? [];
/** Real US street names including their suffix, e.g. `Elm Street`. */
export const STREET_NAMES: readonly string[] = (en_US.location?.street_name as string[] | undefined) ?? [];
export const STREET_SUFFIXES: readonly string[] = (en.location?.street_suffix as string[] | undefined) ?? [];
