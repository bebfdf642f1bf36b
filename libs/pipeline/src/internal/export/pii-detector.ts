import { ExportError } from './export-error';
import { exportName } from './shared-columns';

/** The columns whose values tell plain from hashed PII: always PII in synth's sources. */
const PROBE_COLUMNS = ['email', 'phone', 'first_name', 'last_name'];
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** How a dataset's PII columns are written. */
export type PiiMode = 'plain' | 'hashed';

/**
 * Tells a dataset generated with `--pii hashed` from a plain one by its values: hashed when every
 * non-empty email, phone, first and last name is 64-hex sha256 (a plain email has an `@`, a plain name
 * letters beyond a–f), plain when none is; a mix is not a dataset synth wrote. Also tells which columns
 * (by their export names) hold only hashes.
 *
 * @example
 * const pii = new PiiDetector();
 * for (const row of rows) pii.add(row);
 * pii.mode(); // 'plain' | 'hashed' (an ExportError on a mix)
 */
export class PiiDetector {
  /** Per export column name: [hex values, other non-empty values]. */
  private readonly counts = new Map<string, [number, number]>();

  add(row: Record<string, string>): void {
    for (const column in row) {
      const value = row[column];
      if (!value) continue;
      const name = exportName(column);
      let c = this.counts.get(name);
      if (c === undefined) this.counts.set(name, (c = [0, 0]));
      c[SHA256_HEX.test(value) ? 0 : 1]++;
    }
  }

  /** The mode of the values seen so far; an {@link ExportError} when they mix plain and hashed. */
  mode(): PiiMode {
    let hashed = 0;
    let plain = 0;
    for (const column of PROBE_COLUMNS) {
      const [h, p] = this.counts.get(column) ?? [0, 0];
      hashed += h;
      plain += p;
    }
    if (hashed > 0 && plain > 0) {
      const mix = `sha256 hex (${hashed} values) and plain values (${plain})`;
      throw new ExportError(`PII columns mix ${mix}: not a dataset synth generate wrote.`);
    }
    return hashed > 0 ? 'hashed' : 'plain';
  }

  /** The columns of `columns` whose non-empty values are all sha256 hex (none in a plain dataset). */
  hashedColumns(columns: readonly string[]): string[] {
    return columns.filter((c) => {
      const [h, p] = this.counts.get(c) ?? [0, 0];
      return h > 0 && p === 0;
    });
  }
}
