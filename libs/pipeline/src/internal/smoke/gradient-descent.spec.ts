import fc from 'fast-check';
import { descend, sigmoid } from './gradient-descent';

/** The plain loop `descend` must equal to the bit: every row, every column, one at a time. */
function plainDescent(Z: Float64Array, n: number, d: number, y: readonly number[], epochs: number) {
  const w = new Float64Array(d);
  const grad = new Float64Array(d);
  let b = 0;
  for (let epoch = 0; epoch < epochs && n > 0; epoch++) {
    grad.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let s = b;
      for (let j = 0; j < d; j++) s += w[j] * Z[i * d + j];
      const err = sigmoid(s) - y[i];
      gb += err;
      for (let j = 0; j < d; j++) grad[j] += err * Z[i * d + j];
    }
    for (let j = 0; j < d; j++) w[j] -= 0.5 * (grad[j] / n + 0.001 * w[j]);
    b -= 0.5 * (gb / n);
  }
  return { weights: w, bias: b };
}

describe('descend', () => {
  it('should give the plain loop’s weights and bias bit for bit, with all-zero columns and any row count', () => {
    const rows = fc.array(
      fc.tuple(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), fc.boolean()),
      { maxLength: 23 },
    );
    fc.assert(
      fc.property(rows, (sample) => {
        const n = sample.length;
        const d = 4; // columns 1 and 3 are all zero
        const Z = new Float64Array(n * d);
        sample.forEach(([a, c], i) => {
          Z[i * d] = a;
          Z[i * d + 2] = c;
        });
        const y = sample.map(([, , label]) => (label ? 1 : 0));
        const fast = descend(Z, n, d, y, { epochs: 7, learningRate: 0.5, l2: 0.001 });
        const plain = plainDescent(Z, n, d, y, 7);
        expect([...fast.weights]).toEqual([...plain.weights]);
        expect(fast.bias).toBe(plain.bias);
      }),
    );
  });

  it('should leave the weights at zero when there are no rows', () => {
    const fit = descend(new Float64Array(0), 0, 2, [], { epochs: 5, learningRate: 0.5, l2: 0.001 });
    expect([...fit.weights]).toEqual([0, 0]);
    expect(fit.bias).toBe(0);
  });
});
