import fc from 'fast-check';
import { IdLedger, IN_RECORDS, IN_TRUTH } from './id-ledger';

/** Blocks of ids as `[hi, lo, …]` from small numbers, so that repeats within and across blocks are common. */
const blocks = fc.array(
  fc.tuple(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 30 }), fc.boolean(), fc.boolean()),
  { maxLength: 8 },
);

const toIds = (keys: number[]) => Uint32Array.from(keys.flatMap((k) => [k >>> 3, k * 7919]));

/** Every call of the ledger's callbacks, in order, and every id's flags at the end. */
function trace(run: (ledger: IdLedger, log: string[]) => void): string[] {
  const ledger = new IdLedger();
  const log: string[] = [];
  run(ledger, log);
  ledger.forEach('leads', (hi, lo, flags) => log.push(`flags ${hi}:${lo}=${flags}`));
  return log;
}

describe(IdLedger, () => {
  it('markBoth should make the calls and flags of mark for records then mark for truth (property)', () => {
    fc.assert(
      fc.property(blocks, (list) => {
        // Each block: record ids, and truth ids the same list (most blocks) or another one.
        const parts = list.map(([keys, same, reversed]) => {
          const records = toIds(keys);
          const truthKeys = same ? keys : reversed ? [...keys].reverse() : keys.slice(1);
          return { records, truth: same ? Uint32Array.from(records) : toIds(truthKeys) };
        });
        const twoPasses = trace((ledger, log) => {
          for (const { records, truth } of parts) {
            ledger.mark('leads', records, IN_RECORDS, (hi, lo) => log.push(`record ${hi}:${lo}`));
            ledger.mark('leads', truth, IN_TRUTH, (hi, lo) => log.push(`truth ${hi}:${lo}`));
          }
        });
        const onePass = trace((ledger, log) => {
          for (const { records, truth } of parts)
            ledger.markBoth(
              'leads',
              records,
              truth,
              (hi, lo) => log.push(`record ${hi}:${lo}`),
              (hi, lo) => log.push(`truth ${hi}:${lo}`),
            );
        });
        expect(onePass).toEqual(twoPasses);
      }),
      { numRuns: 200 },
    );
  });

  it('markBoth should report repeats within one list as both duplicates and second truth rows', () => {
    const ledger = new IdLedger();
    const ids = Uint32Array.of(1, 2, 3, 4, 1, 2);
    const calls: string[] = [];
    ledger.markBoth(
      'sales',
      ids,
      Uint32Array.from(ids),
      (hi, lo) => calls.push(`record ${hi}:${lo}`),
      (hi, lo) => calls.push(`truth ${hi}:${lo}`),
    );
    expect(calls).toEqual(['record 1:2', 'truth 1:2']);
    const flags: number[] = [];
    ledger.forEach('sales', (_hi, _lo, f) => flags.push(f));
    expect(flags).toEqual([IN_RECORDS | IN_TRUTH, IN_RECORDS | IN_TRUTH]);
  });
});
