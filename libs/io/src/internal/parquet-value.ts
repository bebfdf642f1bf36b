import { IoError } from '../io-error';
import type { ParquetColumn } from '../table-writer';

type Value = string | number | boolean | null | undefined;

const BOOLEANS: Record<string, boolean> = { true: true, false: false, '1': true, '0': false };

/**
 * Converts a row value to what parquetjs-lite expects for the column type, or `undefined` for a null.
 * `''` is a null except in utf8 columns, where it is an empty string.
 */
export function parquetValue(path: string, column: ParquetColumn, value: Value): string | number | boolean | undefined {
  if (value === null || value === undefined || (value === '' && column.type !== 'utf8')) {
    if (column.optional) return undefined;
    throw new IoError(`Column '${column.name}' of ${path} is required but the row has no value`, path, 'write');
  }
  switch (column.type) {
    case 'utf8':
      return String(value);
    case 'boolean': {
      const b = typeof value === 'boolean' ? value : BOOLEANS[String(value)];
      if (b === undefined) throw bad(path, column, value);
      return b;
    }
    case 'int32': {
      const n = typeof value === 'number' ? value : Number(value);
      if (!Number.isInteger(n) || n < -2147483648 || n > 2147483647) throw bad(path, column, value);
      return n;
    }
    case 'double': {
      const n = typeof value === 'number' ? value : Number(value);
      if (typeof value !== 'number' && Number.isNaN(n)) throw bad(path, column, value);
      return n;
    }
  }
}

function bad(path: string, column: ParquetColumn, value: Value): IoError {
  return new IoError(`Column '${column.name}' of ${path} is ${column.type} but got '${String(value)}'`, path, 'write');
}
