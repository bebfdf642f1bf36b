import type { Source } from '@synth/features';
import type { BlockReviewer } from './block-review';
import { ReviewBatch } from './review-batch';

/** A reviewer that notes what it is fed, call by call. */
function recorder() {
  const calls: string[] = [];
  const reviewer: BlockReviewer = {
    addRecords: (source, rows) => void calls.push(`${source}:${rows.map((r) => r['id']).join(' ')}`),
    addTruth: (rows) => void calls.push(`truth:${rows.map((r) => r['id']).join(' ')}`),
    finish: () => {
      throw new Error('not in this test');
    },
  };
  return { calls, reviewer };
}

describe(ReviewBatch, () => {
  it('should feed each source its records and then the truth rows in their order, a batch at a time', () => {
    const { calls, reviewer } = recorder();
    const batch = new ReviewBatch(reviewer, 3);
    const records: [Source, string][] = [
      ['leads', 'L1'],
      ['sales', 'S1'],
      ['leads', 'L2'],
      ['financial', 'F1'],
      ['leads', 'L3'],
    ];
    for (const [source, id] of records) batch.add(source, { id }, { source, id });
    expect(calls).toEqual(['leads:L1 L2', 'sales:S1', 'financial:', 'truth:L1 S1 L2']);
    batch.flush();
    batch.flush();
    expect(calls.slice(4)).toEqual(['leads:L3', 'sales:', 'financial:F1', 'truth:F1 L3']);
    expect(batch.counts).toEqual({ leads: 3, sales: 1, financial: 1, truth: 5 });
  });
});
