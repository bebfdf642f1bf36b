/** Binary classification figures at one threshold, plus the ranking AUC. */
export interface BinaryMetrics {
  n: number;
  positives: number;
  auc: number | null;
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * ROC AUC by the rank-sum (Mann–Whitney) formula with ties counted half; null when one class is absent.
 *
 * @example
 * auc([0.9, 0.1], [1, 0]); // 1
 */
export function auc(scores: readonly number[], y: readonly number[]): number | null {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  const ranks = new Array<number>(scores.length);
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]] === scores[idx[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[idx[k]] = rank;
    i = j + 1;
  }
  let pos = 0;
  let sum = 0;
  for (let i = 0; i < y.length; i++)
    if (y[i] === 1) {
      pos++;
      sum += ranks[i];
    }
  const neg = y.length - pos;
  if (pos === 0 || neg === 0) return null;
  return (sum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** True positives, false positives and false negatives of `score >= threshold`. */
function confusion(scores: readonly number[], y: readonly number[], threshold: number): [number, number, number] {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < y.length; i++) {
    const hit = scores[i] >= threshold;
    if (hit && y[i] === 1) tp++;
    else if (hit) fp++;
    else if (y[i] === 1) fn++;
  }
  return [tp, fp, fn];
}

function f1Of(precision: number, recall: number): number {
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

/** Precision, recall and F1 of `score >= threshold`, and the AUC. */
export function binaryMetrics(scores: readonly number[], y: readonly number[], threshold: number): BinaryMetrics {
  const [tp, fp, fn] = confusion(scores, y, threshold);
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = f1Of(precision, recall);
  return { n: y.length, positives: tp + fn, auc: auc(scores, y), threshold, precision, recall, f1 };
}

/** The F1 of {@link binaryMetrics} alone, without the AUC (which costs a sort). */
export function f1At(scores: readonly number[], y: readonly number[], threshold: number): number {
  const [tp, fp, fn] = confusion(scores, y, threshold);
  return f1Of(tp + fp ? tp / (tp + fp) : 0, tp + fn ? tp / (tp + fn) : 0);
}

/** The threshold (among the distinct scores) that maximises F1 on these scores. */
export function bestF1Threshold(scores: readonly number[], y: readonly number[]): number {
  const distinct = [...new Set(scores)].sort((a, b) => b - a);
  let best = distinct[0] ?? 0.5;
  let bestF1 = -1;
  const positives = y.reduce((a, b) => a + b, 0);
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  let tp = 0;
  let fp = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    if (y[i] === 1) tp++;
    else fp++;
    if (k + 1 < order.length && scores[order[k + 1]] === scores[i]) continue;
    const precision = tp / (tp + fp);
    const recall = positives ? tp / positives : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    if (f1 > bestF1) {
      bestF1 = f1;
      best = scores[i];
    }
  }
  return best;
}
