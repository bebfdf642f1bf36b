import { areNicknames, jaroWinkler, normalizeName } from '@synth/features';
import type { Rng } from '@synth/random';
import { consumerDomain, sharedHandle, slug } from './contact';
import type { GenContext } from './context';
import { FIRST_NAMES, FR_CA_SURNAMES, type NameTable, SURNAMES } from './name-table';
import { firstName, frenchCanadianShare } from './names';
import { makeProfile, type Profile } from './profile';
import { coworker, householdMember, juniorSenior, namesake, neighbour, sameAddress } from './confuser-kinds';
import type { Region } from './tables/geo';
import { Weighted } from './weighted';

/** Jaro-Winkler bound of a near spelling (first name or surname) and of the full name (`neg_similar_name`). */
export const SIMILAR_NAME_BOUND = 0.9;

/** First names by initial, each drawn by frequency (an email_local confuser keeps the target's initial). */
const byInitial = new Map<string, Weighted<string>>();
{
  const groups = new Map<string, [string[], number[]]>();
  FIRST_NAMES.names.forEach((name, i) => {
    let g = groups.get(name[0]);
    if (!g) groups.set(name[0], (g = [[], []]));
    g[0].push(name);
    g[1].push(FIRST_NAMES.weights[i]);
  });
  for (const [initial, [names, weights]] of groups) byInitial.set(initial, new Weighted(names, weights));
}

const fullName = (f: string, l: string) => normalizeName(`${f} ${l}`);
/** A first name at least this common (people per 100 million, 0.01%) is shared by others in any sizeable run. */
const COMMON_FIRST_NAME = 10000;

/** A candidate spelling and its sampling weight (how common it is). */
interface Near {
  value: string;
  weight: number;
}

/** How common a surname is for a person of `region`: its Census weight plus its French-Canadian share there. */
function surnameWeight(j: number, region: Region): number {
  const name = SURNAMES.names[j];
  const fr = FR_CA_SURNAMES.indexOf(name);
  return SURNAMES.weights[j] + (fr < 0 ? 0 : FR_CA_SURNAMES.weights[fr] * frenchCanadianShare(region));
}

/**
 * Two first names that may be one person's: nicknames in the table of `@synth/features`, or one the start of the
 * other (John/Johnnie, Chris/Christopher, Ann/Anna: diminutives the table may lack).
 */
const samePersonFirst = (a: string, b: string) => areNicknames(a, b) || a.startsWith(b) || b.startsWith(a);

/** How one side of the name is built from a table name (a double-barrelled surname replaces one part). */
type Side = (tableName: string) => string;
const whole: Side = (s) => s;

/**
 * The neighbours `j` of the name at `i` in `table` whose side, built with `side`, is a near spelling of the
 * name's own side: Jaro-Winkler ≥ 0.9 on normalised names, never the same once normalised nor (first names) a
 * nickname or diminutive of it.
 */
function closeSpellings(table: NameTable, i: number, side: Side, first: boolean): readonly number[] {
  const own = normalizeName(side(table.names[i]));
  const out: number[] = [];
  for (const j of table.neighbours(i)) {
    const n = normalizeName(side(table.names[j]));
    if (n === own || jaroWinkler(n, own) < SIMILAR_NAME_BOUND || (first && samePersonFirst(n, own))) continue;
    out.push(j);
  }
  return out;
}

/** `closeSpellings` of whole table names, by table, first-name flag and index: computed once per process. */
const wholeCloseSpellings = new Map<NameTable, [Map<number, readonly number[]>, Map<number, readonly number[]>]>();

function closeWholeSpellings(table: NameTable, i: number, first: boolean): readonly number[] {
  let byFlag = wholeCloseSpellings.get(table);
  if (byFlag === undefined) wholeCloseSpellings.set(table, (byFlag = [new Map(), new Map()]));
  const byIndex = byFlag[first ? 1 : 0];
  let list = byIndex.get(i);
  if (list === undefined) {
    list = closeSpellings(table, i, whole, first);
    byIndex.set(i, list);
  }
  return list;
}

/**
 * The real names of `table` near `name` (its shipped neighbours, filtered with `jaroWinkler` of `@synth/features`
 * on normalised names): the side built with it has Jaro-Winkler ≥ 0.9 to the target's side, is never the same
 * once normalised nor (first names) a nickname or diminutive of it, and the full name made with it stays above 0.9
 * to the target's. Each is pushed as the side's new value. The per-name tests of whole names are cached.
 */
function nearNames(
  table: NameTable,
  name: string,
  side: Side,
  weight: (j: number) => number,
  full: (value: string) => string,
  target: string,
  out: Near[],
  first = false,
): void {
  const i = table.indexOf(name);
  if (i < 0) return;
  const close = side === whole ? closeWholeSpellings(table, i, first) : closeSpellings(table, i, side, first);
  for (const j of close) {
    const value = side(table.names[j]);
    if (jaroWinkler(full(value), target) <= SIMILAR_NAME_BOUND) continue;
    const w = weight(j);
    if (w > 0) out.push({ value, weight: w });
  }
}

/** One of `list` drawn by weight. */
function pickNear(rng: Rng, list: readonly Near[]): string {
  let total = 0;
  for (const c of list) total += c.weight;
  let x = rng.next() * total;
  for (const c of list) {
    x -= c.weight;
    if (x < 0) return c.value;
  }
  return list[list.length - 1].value;
}

/**
 * Another real person's name close to the target's: a first name or a surname of the shipped Census tables
 * (French-Canadian ones included) with Jaro-Winkler ≥ 0.9 to the target's (Kristen/Kirsten, Johnson/Johnston),
 * never a typo and never a nickname, drawn by how common it is, and the full name stays above 0.9. Either side
 * first with equal chance, the other when the first has no neighbour; a double-barrelled surname changes one
 * part. `null` when neither name has a real neighbour.
 */
export function similarName(rng: Rng, first: string, last: string, region: Region): [string, string] | null {
  const target = fullName(first, last);
  const firsts: Near[] = [];
  const weighFirst = (j: number) => FIRST_NAMES.weights[j];
  nearNames(FIRST_NAMES, first, whole, weighFirst, (f) => fullName(f, last), target, firsts, true);
  const lasts: Near[] = [];
  const weighLast = (j: number) => surnameWeight(j, region);
  const withLast = (l: string) => fullName(first, l);
  // A table surname (St-Pierre included) as a whole, else each part of a double-barrelled one.
  const parts = SURNAMES.indexOf(last) >= 0 ? [last] : last.split('-');
  for (let k = 0; k < parts.length; k++) {
    // A one-part surname is its own side: `whole`, whose per-name tests are cached.
    const side: Side = parts.length === 1 ? whole : (p) => [...parts.slice(0, k), p, ...parts.slice(k + 1)].join('-');
    nearNames(SURNAMES, parts[k], side, weighLast, withLast, target, lasts);
  }
  // A first name only rare people carry would single the confuser out: then the surname side goes first.
  const commonFirst = firsts.some((c) => c.weight >= COMMON_FIRST_NAME);
  const firstSide = rng.next() < 0.5;
  if (firsts.length > 0 && ((firstSide && commonFirst) || lasts.length === 0)) return [pickNear(rng, firsts), last];
  if (lasts.length > 0) return [first, pickNear(rng, lasts)];
  return null;
}

/**
 * Readies the target of an email-local confuser (kind 1), before any confuser of the chunk is made: two people
 * share a handle only when a second person would pick it too, so a personal address with digits (`matthew1959`)
 * becomes a plain one the target took first (`mpaul`, `matthew.paul`). Work addresses have no digits already.
 */
export function prepareEmailLocalTarget(target: Profile, rng: Rng): void {
  if (!target.workEmail && /\d/.test(target.emailLocal))
    target.emailLocal = sharedHandle(rng, target.first, target.last);
}

/**
 * A distinct entity that shares one or several strong attributes with `target`: kind 1 the email local
 * part at another domain (same last name, same first name or initial; a plain handle, see `sharedHandle`),
 * kind 2 a name with JW > 0.9 and other contacts, kind 3 the same zip and house number with another name
 * (family member or neighbour), 4 a household member, 5 Jr./Sr., 6 a namesake in the same city,
 * 7 a coworker, 8 a neighbour in a shared building (see `confuser-kinds`).
 */
export function confuserProfile(kind: number, target: Profile, rng: Rng, ctx: GenContext, mask: number): Profile {
  if (kind === 4) return householdMember(rng, ctx, mask, target);
  if (kind === 5) return juniorSenior(rng, ctx, mask, target);
  if (kind === 6) return namesake(rng, ctx, mask, target);
  if (kind === 7) return coworker(rng, ctx, mask, target);
  if (kind === 8) return neighbour(rng, ctx, mask, target);
  if (kind === 1) {
    const usesFirst = target.emailLocal.includes(slug(target.first));
    const first = usesFirst ? target.first : (byInitial.get(target.first[0])?.pick(rng) ?? target.first);
    const p = makeProfile(rng, ctx, mask, { country: target.country, first, last: target.last });
    p.emailLocal = target.emailLocal;
    p.emailDomain = consumerDomain(rng, p.country, target.emailDomain);
    return p;
  }
  if (kind === 2) {
    const near = similarName(rng, target.first, target.last, target.region);
    // No real name near the target's: a namesake with the very same name in the same city, never a made-up one.
    if (near === null) return namesake(rng, ctx, mask, target, true);
    return makeProfile(rng, ctx, mask, { country: target.country, first: near[0], last: near[1] });
  }
  const family = rng.next() < 0.5;
  let first = firstName(rng);
  for (let i = 0; first === target.first && i < 20; i++) first = firstName(rng);
  const p = makeProfile(rng, ctx, mask, sameAddress(target, first, family ? target.last : undefined));
  if (family) p.unit = target.unit;
  return p;
}
