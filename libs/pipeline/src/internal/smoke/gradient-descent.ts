/** The logistic function, evaluated without overflow on either side. */
export const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Full-batch gradient-descent settings (see `fitLogistic`). */
export interface DescentOptions {
  epochs: number;
  learningRate: number;
  l2: number;
}

/** Rows handed to the inner loops together: independent sums the CPU can overlap. */
const LANES = 4;

/**
 * The columns of `Z` (row-major, `n` × `d`) holding a non-zero value in some row. A column that is 0 in every
 * row adds exactly 0 to every score and gets a zero gradient, so its weight stays 0 and it can be left out.
 */
function liveColumns(Z: Float64Array, n: number, d: number): number[] {
  const live: number[] = [];
  for (let j = 0; j < d; j++) {
    for (let i = 0; i < n; i++) {
      if (Z[i * d + j] !== 0) {
        live.push(j);
        break;
      }
    }
  }
  return live;
}

/**
 * L2-regularised logistic regression by full-batch gradient descent from zero weights on the standardised
 * inputs `Z` (row-major, `n` × `d`): returns the `d` weights and the bias. Every sum is accumulated in the
 * order of the plain loop (rows ascending, and for each row the columns ascending), so the result is the
 * same to the bit; the speed comes from leaving out all-zero columns and scoring {@link LANES} rows at a time.
 */
export function descend(
  Z: Float64Array,
  n: number,
  d: number,
  y: readonly number[],
  { epochs, learningRate, l2 }: DescentOptions,
): { weights: Float64Array; bias: number } {
  const live = liveColumns(Z, n, d);
  const k = live.length;
  const X = new Float64Array(n * k);
  for (let i = 0; i < n; i++) for (let c = 0; c < k; c++) X[i * k + c] = Z[i * d + live[c]];
  const target = Float64Array.from(y);
  const w = new Float64Array(k);
  const grad = new Float64Array(k);
  let b = 0;
  for (let epoch = 0; epoch < epochs && n > 0; epoch++) {
    grad.fill(0);
    let gb = 0;
    let i = 0;
    for (; i + LANES <= n; i += LANES) {
      const o0 = i * k;
      const o1 = o0 + k;
      const o2 = o1 + k;
      const o3 = o2 + k;
      let s0 = b;
      let s1 = b;
      let s2 = b;
      let s3 = b;
      for (let j = 0; j < k; j++) {
        const wj = w[j];
        s0 += wj * X[o0 + j];
        s1 += wj * X[o1 + j];
        s2 += wj * X[o2 + j];
        s3 += wj * X[o3 + j];
      }
      const e0 = sigmoid(s0) - target[i];
      const e1 = sigmoid(s1) - target[i + 1];
      const e2 = sigmoid(s2) - target[i + 2];
      const e3 = sigmoid(s3) - target[i + 3];
      gb += e0;
      gb += e1;
      gb += e2;
      gb += e3;
      for (let j = 0; j < k; j++) {
        let g = grad[j];
        g += e0 * X[o0 + j];
        g += e1 * X[o1 + j];
        g += e2 * X[o2 + j];
        g += e3 * X[o3 + j];
        grad[j] = g;
      }
    }
    for (; i < n; i++) {
      const o = i * k;
      let s = b;
      for (let j = 0; j < k; j++) s += w[j] * X[o + j];
      const err = sigmoid(s) - target[i];
      gb += err;
      for (let j = 0; j < k; j++) grad[j] += err * X[o + j];
    }
    for (let j = 0; j < k; j++) w[j] -= learningRate * (grad[j] / n + l2 * w[j]);
    b -= learningRate * (gb / n);
  }
  const weights = new Float64Array(d);
  for (let c = 0; c < k; c++) weights[live[c]] = w[c];
  return { weights, bias: b };
}
