import { jaroWinkler } from '@synth/features';
import type { Rng } from '@synth/random';
import { consumerDomain, slug } from './contact';
import type { GenContext } from './context';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './faker-data';
import { firstName } from './names';
import { makeProfile, type Profile } from './profile';
import { coworker, householdMember, juniorSenior, namesake, neighbour } from './confuser-kinds';

const byInitial = new Map<string, string[]>();
const byPrefix = new Map<string, string[]>();
for (const name of [...FEMALE_FIRST_NAMES, ...MALE_FIRST_NAMES]) {
  for (const [map, key] of [[byInitial, name[0]], [byPrefix, name.slice(0, 3)]] as const) {
    const list = map.get(key) ?? [];
    list.push(name);
    map.set(key, list);
  }
}
const VOWELS = 'aeiou';
const fullName = (f: string, l: string) => `${f} ${l}`;

/** One plausible spelling variation: a vowel swapped, a letter doubled or dropped, neighbours transposed. */
function respell(rng: Rng, s: string): string {
  if (s.length < 3) return s + s[s.length - 1];
  const i = 1 + Math.floor(rng.next() * (s.length - 2));
  const c = s[i];
  const u = rng.next();
  if (u < 0.35 && VOWELS.includes(c)) return s.slice(0, i) + VOWELS[(VOWELS.indexOf(c) + 1 + Math.floor(rng.next() * 4)) % 5] + s.slice(i + 1);
  if (u < 0.6) return s.slice(0, i) + c + s.slice(i);
  if (u < 0.8) return s.slice(0, i) + s.slice(i + 1);
  return s.slice(0, i) + s[i + 1] + c + s.slice(i + 2);
}

/** A different name with Jaro-Winkler (`@synth/features`) above 0.9 to the target's full name. */
export function similarName(rng: Rng, first: string, last: string): [string, string] {
  const target = fullName(first, last);
  for (let attempt = 0; attempt < 12; attempt++) {
    const u = rng.next();
    let f = first;
    let l = last;
    if (u < 0.45) l = respell(rng, last);
    else if (u < 0.7) f = rng.pick(byPrefix.get(first.slice(0, 3)) ?? [first]);
    else f = respell(rng, first);
    const candidate = fullName(f, l);
    if (candidate !== target && jaroWinkler(candidate, target) > 0.9) return [f, l];
  }
  return [first, last];
}

/**
 * A distinct entity that shares one or several strong attributes with `target`: kind 1 the email local
 * part at another domain (same last name, same first name or initial), kind 2 a name with JW > 0.9 and
 * other contacts, kind 3 the same zip and house number with another name (family member or neighbour),
 * 4 a household member, 5 Jr./Sr., 6 a namesake in the same city, 7 a coworker, 8 a neighbour in a
 * shared building (see `confuser-kinds`).
 */
export function confuserProfile(kind: number, target: Profile, rng: Rng, ctx: GenContext, mask: number): Profile {
  if (kind === 4) return householdMember(rng, ctx, mask, target);
  if (kind === 5) return juniorSenior(rng, ctx, mask, target);
  if (kind === 6) return namesake(rng, ctx, mask, target);
  if (kind === 7) return coworker(rng, ctx, mask, target);
  if (kind === 8) return neighbour(rng, ctx, mask, target);
  if (kind === 1) {
    const usesFirst = target.emailLocal.includes(slug(target.first));
    const first = usesFirst ? target.first : rng.pick(byInitial.get(target.first[0]) ?? [target.first]);
    const p = makeProfile(rng, ctx, mask, { country: target.country, first, last: target.last });
    p.emailLocal = target.emailLocal;
    p.emailDomain = consumerDomain(rng, p.country, target.emailDomain);
    return p;
  }
  if (kind === 2) {
    const [first, last] = similarName(rng, target.first, target.last);
    return makeProfile(rng, ctx, mask, { country: target.country, first, last });
  }
  const family = rng.next() < 0.5;
  let first = firstName(rng);
  for (let i = 0; first === target.first && i < 20; i++) first = firstName(rng);
  const p = makeProfile(rng, ctx, mask, {
    country: target.country,
    region: target.region,
    city: target.city,
    zip: target.zip,
    houseNumber: target.houseNumber,
    street: target.street,
    first,
    ...(family ? { last: target.last } : {}),
  });
  if (family) p.unit = target.unit;
  return p;
}
