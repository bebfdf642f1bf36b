import { faker } from '@faker-js/faker/locale/en_US';

/**
 * The word lists synth samples directly from faker's en_US locale definitions (`faker.rawDefinitions`,
 * en_US merged over en): much faster than calling faker's API per field. Faker is the source of street names
 * (its surnames make `Altenwerth Street`-style streets); people's names come from the Census tables (`name-table`).
 * Only the en_US locale module is loaded (about 4× faster to require than the full package). Pinned faker
 * version: a faker upgrade changes generated data.
 */
const defs = faker.rawDefinitions;
const lastNames = defs.person?.last_name as { generic?: string[] } | undefined;

/** Faker's surnames, used only to name streets (`Smith Street`). */
export const LAST_NAMES: readonly string[] = lastNames?.generic ?? [];
/** Real US street names including their suffix, e.g. `Elm Street`. */
export const STREET_NAMES: readonly string[] = (defs.location?.street_name as string[] | undefined) ?? [];
export const STREET_SUFFIXES: readonly string[] = (defs.location?.street_suffix as string[] | undefined) ?? [];
