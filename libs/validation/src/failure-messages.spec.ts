import { failureMessages } from './failure-messages';
import { goodDataset, validate } from './testing-internal/dataset-fixture';

describe(failureMessages, () => {
  it('should name each failed check with its counts and examples', () => {
    const d = goodDataset();
    d.records.sales[1]['id'] = 'S0';
    for (let i = 0; i < 7; i++) d.records.leads[i]['email'] = `bad${i}`;
    expect(failureMessages(validate(d))).toEqual([
      'validation check email_format failed (7 of 36): ' +
        "leads.csv line 2: email 'bad0' has no @; leads.csv line 3: email 'bad1' has no @; " +
        "leads.csv line 4: email 'bad2' has no @; leads.csv line 5: email 'bad3' has no @; " +
        "leads.csv line 6: email 'bad4' has no @ (+2 more)",
      "validation check unique_ids failed (1 of 36): sales.csv line 3: id 'S0' is not unique",
      "validation check truth_complete failed (1 of 71): truth.csv: sales id 'S1' is not in sales.csv",
      'validation check pair_ids_exist failed (3 of 60): ' +
        "train.parquet row 2: id_b 'S1' is not in sales.csv; train.parquet row 6: id_b 'S1' is not in sales.csv; " +
        "train.parquet row 9: id_a 'S1' is not in sales.csv",
    ]);
  });

  it('should give nothing for a passing report', () => {
    expect(failureMessages(validate(goodDataset()))).toEqual([]);
  });
});
