import { descend, sigmoid } from './gradient-descent';

/** A fitted model: standardisation, weights and bias. */
export interface LogisticModel {
  /** Input column names: each feature, then one `<feature>_missing` indicator per feature. */
  inputs: string[];
  means: number[];
  scales: number[];
  weights: number[];
  bias: number;
}

export interface FitOptions {
  /** Full-batch gradient-descent epochs. @default 300 */
  epochs?: number;
  /** @default 0.5 */
  learningRate?: number;
  /** L2 penalty. @default 0.001 */
  l2?: number;
}

/** A feature row as model input: nulls become 0 with a missing indicator set. */
export function expandRow(values: readonly (number | null)[]): number[] {
  const out = new Array<number>(values.length * 2);
  for (let j = 0; j < values.length; j++) {
    const v = values[j];
    out[j] = v === null ? 0 : v;
    out[values.length + j] = v === null ? 1 : 0;
  }
  return out;
}

/**
 * Fits an L2-regularised logistic regression by full-batch gradient descent from zero weights on
 * standardised inputs: no randomness, so the same rows give the same model on every machine.
 *
 * @example
 * const model = fitLogistic(['email_exact'], [[1], [0], [null]], [1, 0, 0]);
 * predict(model, [1]); // close to 1
 */
export function fitLogistic(
  features: readonly string[],
  rows: readonly (readonly (number | null)[])[],
  y: readonly number[],
  options: FitOptions = {},
): LogisticModel {
  const { epochs = 300, learningRate = 0.5, l2 = 0.001 } = options;
  const d = features.length * 2;
  const n = rows.length;
  // Standardised inputs in one flat typed array: row i is Z[i*d .. i*d+d).
  const Z = new Float64Array(n * d);
  rows.forEach((r, i) => Z.set(expandRow(r), i * d));
  const means = new Array<number>(d).fill(0);
  const scales = new Array<number>(d).fill(1);
  for (let j = 0; j < d; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += Z[i * d + j];
    means[j] = n ? s / n : 0;
    let v = 0;
    for (let i = 0; i < n; i++) v += (Z[i * d + j] - means[j]) ** 2;
    scales[j] = n && v > 0 ? Math.sqrt(v / n) : 1;
    for (let i = 0; i < n; i++) Z[i * d + j] = (Z[i * d + j] - means[j]) / scales[j];
  }
  const { weights, bias } = descend(Z, n, d, y, { epochs, learningRate, l2 });
  return { inputs: [...features, ...features.map((f) => `${f}_missing`)], means, scales, weights: [...weights], bias };
}

/** The model's probability that a pair is a match. */
export function predict(model: LogisticModel, values: readonly (number | null)[]): number {
  const x = expandRow(values);
  let s = model.bias;
  for (let j = 0; j < x.length; j++) s += model.weights[j] * ((x[j] - model.means[j]) / model.scales[j]);
  return sigmoid(s);
}
