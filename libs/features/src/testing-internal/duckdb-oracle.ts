import { DuckDBInstance, LIST, listValue, VARCHAR, type DuckDBConnection } from '@duckdb/node-api';

/** The DuckDB string functions used as oracles (UTF-8 bytes: compare on ASCII, or after a fold). */
export type DuckFunction = 'jaro_similarity' | 'jaro_winkler_similarity' | 'levenshtein' | 'damerau_levenshtein';

/**
 * An in-memory DuckDB that evaluates one of its string functions over many pairs in a single query
 * (the pairs travel as two bound VARCHAR[] parameters, so no quoting), used as a reference
 * implementation in tests. `fold: true` lower-cases and strips accents on the DuckDB side first.
 */
export class DuckOracle {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
  ) {}

  static async open(): Promise<DuckOracle> {
    const instance = await DuckDBInstance.create(':memory:');
    return new DuckOracle(instance, await instance.connect());
  }

  /** `fn(a, b)` for every pair, in order, as JS numbers. */
  async evaluate(fn: DuckFunction, pairs: readonly (readonly [string, string])[], fold = false): Promise<number[]> {
    if (pairs.length === 0) return [];
    const arg = (x: string) => (fold ? `strip_accents(lower(${x}))` : x);
    const reader = await this.connection.runAndReadAll(
      `select ${fn}(${arg('a')}, ${arg('b')}) as v ` +
        'from (select unnest($1) as a, unnest($2) as b, unnest(range(len($1))) as i) order by i',
      [listValue(pairs.map((p) => p[0])), listValue(pairs.map((p) => p[1]))],
      [LIST(VARCHAR), LIST(VARCHAR)],
    );
    return reader.getRows().map((row) => Number(row[0]));
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
