#!/usr/bin/env node
// Rebuilds the name tables of @synth/entities (libs/entities/src/internal/tables/names/*.ts) from the public-domain
// U.S. Census Bureau files (1990 first names and surnames, 2010 top-1,000 surnames) and the French-Canadian surname
// list next to this script (fr-ca-surnames.csv, Institut de la statistique du Québec). The output is deterministic:
// the same inputs give the same bytes, and a test checks that the committed tables are what this script writes.
//
// Usage: node tools/names/build-name-tables.mjs [--raw <dir>] [--out <dir>]
//   --raw  folder of the raw Census files (default: ../shared/data/names, relative to the repository root)
//   --out  folder the tables are written to (default: libs/entities/src/internal/tables/names)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  if (i + 1 >= args.length) throw new Error(`${name} needs a folder`);
  return path.resolve(args[i + 1]);
};
const rawDir = flag('--raw', path.resolve(root, '..', 'shared', 'data', 'names'));
const outDir = flag('--out', path.join(root, 'libs', 'entities', 'src', 'internal', 'tables', 'names'));

const RAW_FILES = [
  'census1990-dist.male.first',
  'census1990-dist.female.first',
  'census1990-dist.all.last',
  'census2010-surnames-top1000.csv',
];
const missing = RAW_FILES.filter((f) => !existsSync(path.join(rawDir, f)));
if (missing.length > 0) {
  console.error(`build-name-tables: ${rawDir} lacks ${missing.join(', ')} (pass the Census folder with --raw)`);
  process.exit(2);
}

/** Weights are people per 100 million (of the U.S. population; of Quebec's for the French-Canadian list). */
const PER = 1e8;
/** Surnames kept: the 2010 top 1,000 and the most frequent 1990 surnames after them, this many in all. */
const SURNAME_COUNT = 7000;
/** First names kept per sex (1990 lists, most frequent first). */
const FIRST_COUNT = { male: 1219, female: 2000 };
/** Names ranked this high or higher keep their census share exactly; the kept tail fills up the trimmed rest. */
const FIRST_HEAD = 100;
/** Neighbour candidates: surnames at least this common (per 100M), first names at least this common. */
const SURNAME_POOL_FLOOR = 0;
const FIRST_POOL_FLOOR = 0;
/** Generous Jaro-Winkler bound of the shipped neighbour lists; the generator filters with `jaroWinkler` at run time. */
const NEIGHBOUR_BOUND = 0.88;

// --- reading -------------------------------------------------------------------------------------------------
const read = (file) => readFileSync(path.join(rawDir, file), 'utf8');

/** `NAME  freq%  cum%  rank` lines of a 1990 file, in rank order. */
function read1990(file) {
  return read(file)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [name, freq] = line.trim().split(/\s+/);
      return { name, freq: Number(freq) };
    });
}

/** The 2010 top-1,000 CSV: name and `prop100k` (people per 100,000), in rank order. */
function read2010(file) {
  const [header, ...lines] = read(file)
    .split('\n')
    .filter((line) => line.trim() !== '');
  const cols = header.split(',');
  const at = (c) => cols.indexOf(c);
  return lines.map((line) => {
    const f = line.split(',');
    return { name: f[at('name')], prop100k: Number(f[at('prop100k')]) };
  });
}

// --- title case ----------------------------------------------------------------------------------------------
/** Irish O' names written without the apostrophe in the Census files (only names known to take it). */
const O_NAMES = new Set(
  (
    'OBRIEN OCONNOR ONEAL ONEILL ODONNELL ONEIL OCONNELL OHARA OLEARY OROURKE OKEEFE OMALLEY OTOOLE OREILLY ' +
    'OSULLIVAN OCONNER OBRYAN OSHEA OBRIAN OGRADY OMARA OQUINN OHARE OKELLEY OBRYANT ODONOGHUE ODWYER OKANE'
  ).split(' '),
);
/** Scottish Mac names usually written with a capital after Mac (Mack, Macias, Machado… are not Mac names). */
const MAC_NAMES = new Set('MACDONALD MACLEAN MACLEOD MACPHERSON MACGREGOR MACARTHUR MACDOUGALL MACMILLAN'.split(' '));
const cap = (s) => s.charAt(0) + s.slice(1).toLowerCase();

/** SMITH → Smith, MCDONALD → McDonald, OBRIEN → O'Brien, MACLEOD → MacLeod. */
export function titleCase(upper) {
  if (O_NAMES.has(upper)) return `O'${cap(upper.slice(1))}`;
  if (MAC_NAMES.has(upper)) return `Mac${cap(upper.slice(3))}`;
  if (/^MC[A-Z]{2,}$/.test(upper)) return `Mc${cap(upper.slice(2))}`;
  return cap(upper);
}

// --- Jaro-Winkler (for the generous neighbour lists only) ------------------------------------------------------
const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

function jaroWinkler(a, b) {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  const ma = new Uint8Array(la);
  const mb = new Uint8Array(lb);
  let m = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (!mb[j] && a[i] === b[j]) {
        ma[i] = mb[j] = 1;
        m++;
        break;
      }
    }
  }
  if (m === 0) return 0;
  let half = 0;
  for (let i = 0, j = 0; i < la; i++) {
    if (!ma[i]) continue;
    while (!mb[j]) j++;
    if (a[i] !== b[j]) half++;
    j++;
  }
  const t = Math.floor(half / 2);
  const jaro = (m / la + m / lb + (m - t) / m) / 3;
  if (jaro <= 0.7) return jaro;
  let l = 0;
  while (l < 4 && l < la && l < lb && a[l] === b[l]) l++;
  return jaro + l * 0.1 * (1 - jaro);
}

/** Letter counts of a folded name (26 slots). */
function letterCounts(s) {
  const c = new Uint8Array(26);
  for (let i = 0; i < s.length; i++) c[s.charCodeAt(i) - 97]++;
  return c;
}

/**
 * For each name, the indexes of the pool names (other spellings) with Jaro-Winkler ≥ NEIGHBOUR_BOUND. A cheap
 * bound first: the matches m are at most the letters both share, Jaro ≤ (m/|a| + m/|b| + 1) / 3, and
 * Jaro-Winkler ≤ 0.4 + 0.6 × Jaro, so pairs whose bound misses are never compared.
 */
function neighbours(names, inPool) {
  const folded = names.map(fold);
  const counts = folded.map(letterCounts);
  const pool = [];
  for (let i = 0; i < names.length; i++) if (inPool(i)) pool.push(i);
  const minJaro = (NEIGHBOUR_BOUND - 0.4) / 0.6;
  return folded.map((f, i) => {
    const ci = counts[i];
    const out = [];
    for (const j of pool) {
      const g = folded[j];
      if (j === i || g === f) continue;
      const cj = counts[j];
      let shared = 0;
      for (let k = 0; k < 26; k++) shared += ci[k] < cj[k] ? ci[k] : cj[k];
      if ((shared / f.length + shared / g.length + 1) / 3 < minJaro) continue;
      if (jaroWinkler(f, g) >= NEIGHBOUR_BOUND) out.push(j);
    }
    return out;
  });
}

// --- tables --------------------------------------------------------------------------------------------------
const round = (w) => Math.max(1, Math.round(w));

function surnames() {
  const top = read2010('census2010-surnames-top1000.csv');
  const old = read1990('census1990-dist.all.last');
  const inTop = new Map(top.map((r, i) => [r.name, i]));
  const oldFreq = new Map(old.map((r) => [r.name, r.freq]));
  // Scale the 1990 shares to the 2010 ones on the names both hold in the lower half of the 2010 top 1,000.
  let sum2010 = 0;
  let sum1990 = 0;
  for (const r of top.slice(500)) {
    const f = oldFreq.get(r.name);
    if (f === undefined) continue;
    sum2010 += r.prop100k * 1000;
    sum1990 += f * 1e6;
  }
  const scale = sum2010 / sum1990;
  const head = top.map((r) => ({ name: r.name, weight: r.prop100k * 1000 }));
  const tail = old
    .filter((r) => !inTop.has(r.name))
    .slice(0, SURNAME_COUNT - head.length)
    .map((r) => ({ name: r.name, weight: r.freq * 1e6 * scale }));
  // The trimmed-away people (rarer surnames) are spread over the kept tail, so the head keeps its census share.
  const headSum = head.reduce((s, r) => s + r.weight, 0);
  const tailSum = tail.reduce((s, r) => s + r.weight, 0);
  const fill = (PER - headSum) / tailSum;
  for (const r of tail) r.weight *= fill;
  return { rows: [...head, ...tail], scale, fill };
}

function firstNames() {
  const merged = new Map();
  const fills = {};
  for (const sex of ['male', 'female']) {
    const rows = read1990(`census1990-dist.${sex}.first`).slice(0, FIRST_COUNT[sex]);
    const head = rows.slice(0, FIRST_HEAD);
    const tail = rows.slice(FIRST_HEAD);
    const headSum = head.reduce((s, r) => s + r.freq, 0);
    const tailSum = tail.reduce((s, r) => s + r.freq, 0);
    fills[sex] = (100 - headSum) / tailSum;
    // Half the population is of each sex: a share of freq% of one sex is freq% / 2 of everyone.
    for (const r of head) merged.set(r.name, (merged.get(r.name) ?? 0) + (r.freq * 1e6) / 2);
    for (const r of tail) merged.set(r.name, (merged.get(r.name) ?? 0) + (r.freq * fills[sex] * 1e6) / 2);
  }
  return { rows: [...merged].map(([name, weight]) => ({ name, weight })), fills };
}

function frenchCanadian(census) {
  const [, ...lines] = readFileSync(path.join(import.meta.dirname, 'fr-ca-surnames.csv'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const rows = lines.map((line) => {
    const [name, isq2006, earlier] = line.split(',');
    return { name, isq2006: isq2006 === '' ? null : Number(isq2006), earlier: earlier === '' ? null : Number(earlier) };
  });
  // Names only in the earlier ISQ list are scaled to the 2006 one on the names both give.
  const both = rows.filter((r) => r.isq2006 !== null && r.earlier !== null);
  const ratio = both.reduce((s, r) => s + r.isq2006, 0) / both.reduce((s, r) => s + r.earlier, 0);
  const out = rows.map((r) => ({ name: r.name, weight: (r.isq2006 ?? r.earlier * ratio) * 1e6 }));
  const known = new Set(census.map((r) => r.name));
  return { rows: out, ratio, added: out.filter((r) => !known.has(r.name)) };
}

const byWeight = (a, b) => b.weight - a.weight || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function write(file, header, name, rows, lists) {
  const lines = rows.map((r, i) => {
    const n = lists ? lists[i] : [];
    return n.length > 0 ? `${r.name} ${r.weight} ${n.map((j) => j.toString(36)).join(',')}` : `${r.name} ${r.weight}`;
  });
  const body = [
    '// Generated by tools/names/build-name-tables.mjs: do not edit, rebuild.',
    ...header.map((h) => `// ${h}`),
    '',
    // A tagged template is typed `string`, so the declaration file does not repeat the table as a literal type.
    `export const ${name} = String.raw\`${lines.join('\n')}\`;`,
    '',
  ].join('\n');
  writeFileSync(path.join(outDir, file), body);
}

const sur = surnames();
const census = sur.rows.map((r) => ({ name: titleCase(r.name), weight: round(r.weight) })).sort(byWeight);
const fr = frenchCanadian(census);
// French-Canadian names the Census list lacks (accented spellings) join the surname table with US weight 0, so
// every surname has one index and one neighbour list.
const surnameRows = [...census, ...fr.added.map((r) => ({ name: r.name, weight: 0 }))];
const frSet = new Set(fr.rows.map((r) => r.name));
const surnameLists = neighbours(
  surnameRows.map((r) => r.name),
  (i) => surnameRows[i].weight >= SURNAME_POOL_FLOOR || frSet.has(surnameRows[i].name),
);
const first = firstNames();
const firstRows = first.rows.map((r) => ({ name: titleCase(r.name), weight: round(r.weight) })).sort(byWeight);
const firstLists = neighbours(
  firstRows.map((r) => r.name),
  (i) => firstRows[i].weight >= FIRST_POOL_FLOOR,
);

mkdirSync(outDir, { recursive: true });
const lineDoc = '`Name weight [neighbours]` per line, most frequent first; weight = people per 100 million;';
const nbDoc = `neighbours = line indexes (0-based, base 36) of other names with Jaro-Winkler >= ${NEIGHBOUR_BOUND}`;
write(
  'surnames.ts',
  [
    'Surnames: U.S. Census Bureau 2010 top 1,000 (prop100k) and the 1990 list after them (public domain),',
    `1990 shares scaled by ${sur.scale.toFixed(6)} to agree with 2010 on 2010 ranks 501-1000; the kept 1990 tail`,
    `(${SURNAME_COUNT} names in all) scaled by ${sur.fill.toFixed(6)} to fill the trimmed rest of the population.`,
    `French-Canadian spellings the Census lacks follow with weight 0 (drawn only from FR_CA_SURNAMES).`,
    lineDoc,
    nbDoc,
    `(accents folded, lower case), among surnames of weight >= ${SURNAME_POOL_FLOOR} and the French-Canadian ones.`,
  ],
  'SURNAME_TABLE',
  surnameRows,
  surnameLists,
);
write(
  'first-names.ts',
  [
    'First names: U.S. Census Bureau 1990 male and female lists (public domain), the top',
    `${FIRST_COUNT.male} male and ${FIRST_COUNT.female} female names, half the population each;`,
    `the top ${FIRST_HEAD} of each keep their census share, the kept tail is scaled`,
    `(male ${first.fills.male.toFixed(6)}, female ${first.fills.female.toFixed(6)}) to fill the trimmed rest.`,
    'A name on both lists has both shares.',
    lineDoc,
    nbDoc,
    `(accents folded, lower case), among first names of weight >= ${FIRST_POOL_FLOOR}.`,
  ],
  'FIRST_NAME_TABLE',
  firstRows,
  firstLists,
);
write(
  'fr-ca-surnames.ts',
  [
    'Common French-Canadian surnames: Institut de la statistique du Québec (L. Duchesne, "Les noms de famille au',
    'Québec : aspects statistiques et distribution spatiale", 2006), share of the population of Quebec; names only',
    `in the ISQ's earlier list scaled by ${fr.ratio.toFixed(6)} (2006 / earlier on the names both give).`,
    '`Name weight` per line; weight = people per 100 million Quebecers.',
  ],
  'FR_CA_SURNAME_TABLE',
  fr.rows.map((r) => ({ name: r.name, weight: round(r.weight) })).sort(byWeight),
  null,
);
console.log(`name tables written to ${path.relative(process.cwd(), outDir) || '.'}`);
