import { CA_REGIONS, US_REGIONS, type Region } from './tables/geo';
import { Weighted } from './weighted';

export type Locale = 'US' | 'CA' | 'US+CA';

/** Share of US entities in the `US+CA` blend (the rest are Canadian). */
export const US_SHARE_IN_BLEND = 0.8;

/** What profile generation needs from the options, computed once per plan/render. */
export interface GenContext {
  seed: number;
  locale: Locale;
  /** Days since 1970-01-01 (UTC) of the reference date; every generated date is on or before it. */
  refDay: number;
  us: Weighted<Region>;
  ca: Weighted<Region>;
}

const contexts = new Map<string, GenContext>();

export function genContext(seed: number, locale: Locale, refDate: string): GenContext {
  const key = `${seed}|${locale}|${refDate}`;
  let ctx = contexts.get(key);
  if (!ctx) {
    ctx = {
      seed,
      locale,
      refDay: Math.floor(Date.parse(refDate) / 86400000),
      us: new Weighted(
        US_REGIONS,
        US_REGIONS.map((r) => r.weight),
      ),
      ca: new Weighted(
        CA_REGIONS,
        CA_REGIONS.map((r) => r.weight),
      ),
    };
    if (contexts.size > 32) contexts.clear();
    contexts.set(key, ctx);
  }
  return ctx;
}
