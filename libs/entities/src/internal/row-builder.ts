import type { FieldRenderer, RecordContext } from './record-context';

/** Builds one record's row: every column, in schema order, from its renderer. */
export type RowBuilder = (rc: RecordContext) => Record<string, string>;

/**
 * The row builder of a source: `(rc) => ({ id: r0(rc), email: r1(rc), … })`, one object literal whose keys are the
 * column names, so every row is made at once with its final shape (its values in the object itself) and each column
 * is a named store with its own call site, instead of a copy of a template and one keyed store per column. The
 * renderers run in column order, as a loop over them would. The literal's source holds only the names as JSON
 * string literals; a `__proto__` column (which a literal would take as the prototype) gets the loop instead, as do
 * runs where code generation from strings is disallowed.
 *
 * @example
 * const build = rowBuilder(['id', 'email'], [({ id }) => id, ({ profile }) => profile.email]);
 * build(rc); // { id: 'L0000001', email: 'jane.doe@gmail.com' }
 */
export function rowBuilder(names: readonly string[], renderers: readonly FieldRenderer[]): RowBuilder {
  if (names.length !== renderers.length) throw new RangeError('rowBuilder: one renderer per column');
  if (names.includes('__proto__')) return loopBuilder(names, renderers);
  const params = renderers.map((_, i) => `r${i}`);
  const fields = names.map((name, i) => `${JSON.stringify(name)}: r${i}(rc)`);
  let make: (...renderers: FieldRenderer[]) => RowBuilder;
  try {
    make = new Function(...params, `'use strict';\nreturn (rc) => ({ ${fields.join(', ')} });`) as typeof make;
  } catch (error) {
    // Code generation disallowed (`--disallow-code-generation-from-strings`, a CSP): the same rows by the loop.
    if (error instanceof EvalError) return loopBuilder(names, renderers);
    throw error;
  }
  return make(...renderers);
}

/** The fallback: a copy of a row with every column `''` (the row's shape up front), then each column set in order. */
function loopBuilder(names: readonly string[], renderers: readonly FieldRenderer[]): RowBuilder {
  const template: Record<string, string> = Object.fromEntries(names.map((n) => [n, '']));
  return (rc) => {
    const row: Record<string, string> = { ...template };
    for (let f = 0; f < names.length; f++) row[names[f]] = renderers[f](rc);
    return row;
  };
}
