/**
 * The one error class of `@synth/entities`: generation options that cannot be used. `option` names
 * the option (e.g. `dupRate`), `value` is what was given; the message says what is allowed.
 *
 * @example
 * try { planEntities(schema, { dupRate: 0.9 }); }
 * catch (e) { if (e instanceof EntitiesError) console.error(e.option); } // 'dupRate'
 */
export class EntitiesError extends Error {
  override readonly name = 'EntitiesError';

  constructor(
    readonly option: string,
    readonly value: unknown,
    detail: string,
  ) {
    super(`${option} ${detail}, got ${JSON.stringify(value)}`);
  }
}
