import { faker } from '@faker-js/faker/locale/en_US';

/**
 * The word lists synth samples directly from faker's en_US locale definitions (`faker.rawDefinitions`,
 * en_US merged over en): much faster than calling faker's API per field, and faker stays the data source.
 * Only the en_US locale module is loaded (about 4× faster to require than the full package). Pinned faker
 * version: a faker upgrade changes generated data.
 */
const defs = faker.rawDefinitions;
const firstNames = defs.person?.first_name as { female?: string[]; male?: string[] } | undefined;
const lastNames = defs.person?.last_name as { generic?: string[] } | undefined;

export const FEMALE_FIRST_NAMES: readonly string[] = firstNames?.female ?? [];
export const MALE_FIRST_NAMES: readonly string[] = firstNames?.male ?? [];
export const LAST_NAMES: readonly string[] = lastNames?.generic ?? [];
/** Real US street names including their suffix, e.g. `Elm Street`. */
export const STREET_NAMES: readonly string[] = (defs.location?.street_name as string[] | undefined) ?? [];
export const STREET_SUFFIXES: readonly string[] = (defs.location?.street_suffix as string[] | undefined) ?? [];
