import { createRng, type Rng } from '@synth/random';
import type { PairingRecord, Source } from '../types';

/** Options of the test/bench fixture: a small, seeded stand-in for @synth/entities output. */
export interface FixtureOptions {
  readonly seed: number;
  /** Number of true entities. */
  readonly entities: number;
  /** Share of entities that also appear in a second source. @default 0.4 */
  readonly overlap?: number;
  /** Share of entities with a within-source duplicate. @default 0.1 */
  readonly dupRate?: number;
  /** Share of entities planted as confusers of an earlier entity. @default 0.15 */
  readonly confuserRate?: number;
  /** Share of records with email, phone and name all empty. @default 0.01 */
  readonly blankRate?: number;
}

const FIRST = [
  'james',
  'mary',
  'robert',
  'patricia',
  'john',
  'jennifer',
  'michael',
  'linda',
  'william',
  'elizabeth',
  'david',
  'barbara',
  'richard',
  'susan',
  'joseph',
  'jessica',
  'thomas',
  'sarah',
  'charles',
  'karen',
  'daniel',
  'nancy',
  'matthew',
  'lisa',
  'anthony',
  'betty',
  'mark',
  'margaret',
  'donald',
  'sandra',
  'steven',
  'ashley',
  'paul',
  'kimberly',
  'andrew',
  'emily',
  'joshua',
  'donna',
  'kenneth',
  'michelle',
  'kevin',
  'carol',
  'brian',
  'amanda',
  'george',
  'melissa',
  'timothy',
  'deborah',
  'ronald',
  'stephanie',
  'edward',
  'rebecca',
  'jason',
  'sharon',
  'jeffrey',
  'laura',
  'ryan',
  'cynthia',
  'jacob',
  'kathleen',
  'gary',
  'amy',
  'nicholas',
  'angela',
  'eric',
  'shirley',
  'jonathan',
  'anna',
  'stephen',
  'brenda',
  'larry',
  'pamela',
  'justin',
  'emma',
  'scott',
  'nicole',
  'brandon',
  'helen',
  'benjamin',
  'samantha',
];
const SYLLABLES = [
  'an',
  'ber',
  'cal',
  'der',
  'ell',
  'fen',
  'gar',
  'hol',
  'ing',
  'jan',
  'kel',
  'lor',
  'mac',
  'nor',
  'ost',
  'per',
  'quin',
  'ros',
  'sten',
  'tor',
  'ul',
  'van',
  'wick',
  'yor',
  'zel',
  'brook',
  'ton',
  'son',
  'ley',
  'man',
  'field',
  'ford',
];
const DOMAINS = [
  'gmail.com',
  'yahoo.com',
  'outlook.com',
  'hotmail.com',
  'icloud.com',
  'aol.com',
  'proton.me',
  'comcast.net',
];
const STREETS = [
  'Main',
  'Oak',
  'Maple',
  'Cedar',
  'Pine',
  'Elm',
  'Washington',
  'Lake',
  'Hill',
  'Park',
  'Sunset',
  'River',
];
const SUFFIXES = [
  ['Street', 'St'],
  ['Avenue', 'Ave'],
  ['Road', 'Rd'],
  ['Drive', 'Dr'],
  ['Lane', 'Ln'],
] as const;
const SOURCES: readonly Source[] = ['leads', 'sales', 'financial'];
const PREFIX: Record<Source, string> = { leads: 'L', sales: 'S', financial: 'F' };

interface Person {
  first: string;
  last: string;
  email: string;
  phone: string;
  house: number;
  street: string;
  suffix: number;
  zip: string;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lastName = (rng: Rng) =>
  cap(rng.pick(SYLLABLES) + rng.pick(SYLLABLES) + (rng.chance(0.4) ? rng.pick(SYLLABLES) : ''));
const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join('');
const typo = (rng: Rng, s: string) => {
  const i = rng.int(1, s.length - 1);
  return s.slice(0, i) + rng.pick(['a', 'e', 'i', 'o', 'r', 's']) + s.slice(i + 1);
};

const freshPerson = (rng: Rng): Person => {
  const first = cap(rng.pick(FIRST));
  const last = lastName(rng);
  return {
    first,
    last,
    email: `${first.toLowerCase()}.${last.toLowerCase()}${rng.chance(0.3) ? rng.int(1, 99) : ''}@${rng.pick(DOMAINS)}`,
    phone: `${rng.int(201, 989)}${digits(rng, 7)}`,
    house: rng.int(1, 9999),
    street: rng.pick(STREETS),
    suffix: rng.int(0, SUFFIXES.length - 1),
    zip: String(rng.int(10000, 99999)),
  };
};

/** A distinct entity sharing one strong attribute with `target` (the three hard-negative shapes). */
const confuserOf = (rng: Rng, target: Person): Person => {
  const p = freshPerson(rng);
  const shape = rng.int(0, 2);
  if (shape === 0)
    p.email = `${target.email.split('@')[0]}@${rng.pick(DOMAINS.filter((d) => !target.email.endsWith(d)))}`;
  else if (shape === 1) Object.assign(p, { first: target.first, last: typo(rng, target.last) });
  else Object.assign(p, { house: target.house, street: target.street, suffix: target.suffix, zip: target.zip });
  return p;
};

const render = (rng: Rng, p: Person, variant: boolean, blank: boolean): PairingRecord['party'] => {
  const phone =
    variant && rng.chance(0.5) ? `(${p.phone.slice(0, 3)}) ${p.phone.slice(3, 6)}-${p.phone.slice(6)}` : p.phone;
  const suffix = SUFFIXES[p.suffix][variant && rng.chance(0.5) ? 1 : 0];
  return {
    first_name: blank ? '' : variant && rng.chance(0.3) ? p.first.toUpperCase() : p.first,
    last_name: blank ? '' : variant && rng.chance(0.1) ? typo(rng, p.last) : p.last,
    email: blank || (variant && rng.chance(0.1)) ? '' : p.email,
    phone: blank || (variant && rng.chance(0.1)) ? '' : phone,
    company: rng.chance(0.3) ? `${p.last} Motors` : '',
    address: `${p.house} ${p.street} ${suffix}`,
    city: 'Springfield',
    state: 'IL',
    zip: p.zip,
    country: 'US',
  };
};

/**
 * Seeded records of `entities` true entities over the three sources (leads-heavy, like the default
 * volumes), with cross-source overlap, within-source duplicates, planted confusers and a few blank
 * records. Test and bench use only; the real generator is @synth/entities.
 */
export function makeFixture(options: FixtureOptions): PairingRecord[] {
  const { seed, entities } = options;
  const rng = createRng(seed, 'pairing-fixture');
  const people: Person[] = [];
  const records: PairingRecord[] = [];
  const counters: Record<Source, number> = { leads: 0, sales: 0, financial: 0 };
  for (let e = 0; e < entities; e++) {
    const confuser = people.length > 0 && rng.chance(options.confuserRate ?? 0.15);
    const person = confuser
      ? confuserOf(rng, people[rng.int(Math.max(0, people.length - 50), people.length - 1)])
      : freshPerson(rng);
    people.push(person);
    const home: Source = rng.chance(0.85) ? 'leads' : rng.chance(0.6) ? 'sales' : 'financial';
    const sources = [home];
    if (rng.chance(options.overlap ?? 0.4)) sources.push(rng.pick(SOURCES.filter((s) => s !== home)));
    if (rng.chance(options.dupRate ?? 0.1)) sources.push(rng.pick(sources));
    sources.forEach((source, k) => {
      const id = `${PREFIX[source]}${String(++counters[source]).padStart(7, '0')}`;
      const party = render(rng, person, k > 0, rng.chance(options.blankRate ?? 0.01));
      records.push({ source, id, entityId: `E${String(e).padStart(7, '0')}`, party });
    });
  }
  return records;
}
