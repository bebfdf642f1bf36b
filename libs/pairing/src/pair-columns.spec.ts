import { featureNames } from '@synth/features';
import { PAIR_COLUMNS, pairColumns } from './pair-columns';
import { pairToRow } from './pair-to-row';
import type { Pair } from './types';

describe(pairColumns, () => {
  it('should list the key columns, then one optional double per feature', () => {
    expect(pairColumns(['f1', 'f2'])).toEqual([
      { name: 'src_a', type: 'utf8' },
      { name: 'id_a', type: 'utf8' },
      { name: 'src_b', type: 'utf8' },
      { name: 'id_b', type: 'utf8' },
      { name: 'y', type: 'int32' },
      { name: 'pair_kind', type: 'utf8' },
      { name: 'split', type: 'utf8' },
      { name: 'f1', type: 'double', optional: true },
      { name: 'f2', type: 'double', optional: true },
    ]);
  });

  it('should name the feature columns exactly as @synth/features does in PAIR_COLUMNS', () => {
    expect(PAIR_COLUMNS.slice(7).map((c) => c.name)).toEqual([...featureNames]);
  });
});

describe(pairToRow, () => {
  const pair: Pair = {
    src_a: 'leads',
    id_a: 'L1',
    src_b: 'sales',
    id_b: 'S9',
    y: 1,
    pair_kind: 'pos_cross_source',
    split: 'valid',
    features: { email_exact: 1, phone_equal: null, name_jw: 0.93 },
  };

  it('should flatten the features into columns in the order of pairColumns', () => {
    const row = pairToRow(pair);
    expect(Object.keys(row)).toEqual(pairColumns(Object.keys(pair.features)).map((c) => c.name));
    expect(row).toEqual({
      src_a: 'leads',
      id_a: 'L1',
      src_b: 'sales',
      id_b: 'S9',
      y: 1,
      pair_kind: 'pos_cross_source',
      split: 'valid',
      email_exact: 1,
      phone_equal: null,
      name_jw: 0.93,
    });
  });

  it('should write NaN as null', () => {
    expect(pairToRow({ ...pair, features: { x: Number.NaN } }).x).toBeNull();
  });
});
