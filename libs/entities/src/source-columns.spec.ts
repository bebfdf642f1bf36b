import { REQUIRED_FIELDS, SOURCES } from '@synth/schema';
import { sourceColumns } from './source-columns';
import { SCHEMA } from './testing-internal/generate-all';

describe(sourceColumns, () => {
  it.each(SOURCES)('should list the %s columns in schema order, required ones first', (source) => {
    const columns = sourceColumns(SCHEMA, source);
    expect(columns.slice(0, REQUIRED_FIELDS[source].length)).toEqual(REQUIRED_FIELDS[source].map((r) => r.name));
    expect(columns).toEqual(SCHEMA.entities[source].fields.map((f) => f.name));
  });
});
