import { IoError } from '../io-error';

/** Rejects an empty column list, empty names and duplicates, naming the file. */
export function checkColumns(path: string, names: readonly string[]): void {
  if (names.length === 0) throw new IoError(`No columns given for ${path}`, path, 'open');
  const seen = new Set<string>();
  for (const name of names) {
    if (name === '') throw new IoError(`Empty column name for ${path}`, path, 'open');
    if (seen.has(name)) throw new IoError(`Duplicate column '${name}' for ${path}`, path, 'open');
    seen.add(name);
  }
}
