import type { Source } from '@synth/features';
import { CsvBytes } from '@synth/io';
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

  it("should hand over each source's records with their lines, when it is given the bytes they are written to", () => {
    const csv = { leads: new CsvBytes(), sales: new CsvBytes(), financial: new CsvBytes() };
    const seen: string[] = [];
    const reviewer: BlockReviewer = {
      addRecords: (source, rows, lines) => {
        const text = (start: number) => new TextDecoder().decode(lines?.csv.subarray(start)).split('\n')[0];
        seen.push(`${source}:${rows.map((r, i) => `${r['id']}=${lines ? text(lines.starts[i]) : '?'}`).join(' ')}`);
      },
      addTruth: () => undefined,
      finish: () => {
        throw new Error('not in this test');
      },
    };
    const batch = new ReviewBatch(reviewer, 10, csv);
    const records: [Source, string][] = [
      ['leads', 'L1'],
      ['sales', 'S1'],
      ['leads', 'L2'],
    ];
    for (const [source, id] of records) {
      const start = csv[source].byteLength;
      csv[source].addRow(['id', 'x'], { id, x: id.toLowerCase() });
      batch.add(source, { id }, { source, id }, start);
    }
    batch.flush();
    // A record added without its line start: the batch goes without lines.
    batch.add('leads', { id: 'L3' }, { source: 'leads', id: 'L3' });
    batch.flush();
    expect(seen).toEqual([
      'leads:L1=L1,l1 L2=L2,l2',
      'sales:S1=S1,s1',
      'financial:',
      'leads:L3=?',
      'sales:',
      'financial:',
    ]);
  });
});
