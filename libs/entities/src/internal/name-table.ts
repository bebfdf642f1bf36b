import { FIRST_NAME_TABLE } from './tables/names/first-names';
import { FR_CA_SURNAME_TABLE } from './tables/names/fr-ca-surnames';
import { SURNAME_TABLE } from './tables/names/surnames';
import { Weighted } from './weighted';

const NONE: readonly number[] = Object.freeze([]);

/**
 * One shipped name table (`tools/names/build-name-tables.mjs`): names most frequent first, their weights
 * (people per 100 million), a sampler and, per name, the indexes of its near spellings (Jaro-Winkler ≥ 0.88,
 * parsed on first use).
 */
export class NameTable {
  readonly names: readonly string[];
  readonly weights: Float64Array;
  readonly sampler: Weighted<string>;
  private readonly index = new Map<string, number>();
  private readonly rawNeighbours: string[];
  private readonly parsed: (readonly number[] | undefined)[];

  constructor(text: string) {
    const lines = text.split('\n');
    const names: string[] = new Array(lines.length);
    this.weights = new Float64Array(lines.length);
    this.rawNeighbours = new Array(lines.length);
    for (let i = 0; i < lines.length; i++) {
      const [name, weight, near] = lines[i].split(' ');
      names[i] = name;
      this.weights[i] = Number(weight);
      this.rawNeighbours[i] = near ?? '';
      if (!this.index.has(name)) this.index.set(name, i);
    }
    this.names = names;
    this.parsed = new Array(lines.length);
    this.sampler = new Weighted(names, Array.from(this.weights));
  }

  /** The line of `name` (exact spelling), or -1. */
  indexOf(name: string): number {
    return this.index.get(name) ?? -1;
  }

  /** The indexes of the near spellings of the name at `i` (empty when it has none). */
  neighbours(i: number): readonly number[] {
    let list = this.parsed[i];
    if (list === undefined) {
      const raw = this.rawNeighbours[i];
      list = raw === '' ? NONE : Object.freeze(raw.split(',').map((s) => parseInt(s, 36)));
      this.parsed[i] = list;
    }
    return list;
  }
}

/** U.S. Census 1990 first names, both sexes (half the population each). */
export const FIRST_NAMES = new NameTable(FIRST_NAME_TABLE);
/** U.S. Census 2010 top-1,000 surnames and the 1990 list after them; French-Canadian spellings at weight 0. */
export const SURNAMES = new NameTable(SURNAME_TABLE);
/** The most frequent French-Canadian surnames (ISQ), weights per 100 million Quebecers. */
export const FR_CA_SURNAMES = new NameTable(FR_CA_SURNAME_TABLE);
/** Share of Quebec's population that carries one of the French-Canadian surnames of the table (about 15%). */
export const FR_CA_TABLE_SHARE = FR_CA_SURNAMES.weights.reduce((s, w) => s + w, 0) / 1e8;
