import { integer, MersenneTwister19937 } from 'random-js';

/** How a {@link RegressionForest} is grown: the options of ml-random-forest 2.1 that the summary's forest uses. */
export interface RegressionForestOptions {
  /** 32-bit seed of the feature draws. */
  seed: number;
  /** Trees grown. */
  trees: number;
  /**
   * Features each tree sees: a count from 1 to the number of features, or a share in (0, 1] (1 itself counts as
   * a share, i.e. every feature, as in ml-random-forest).
   */
  maxFeatures: number;
  /** Depth below which a node may still split (the root is at depth 0). */
  maxDepth: number;
  /** A node with this many rows or fewer is a leaf. */
  minNumSamples: number;
}

/** One tree, flat: node `i` splits on `column[i]` at `value[i]`, or is a leaf scoring `value[i]` (`left[i]` -1). */
interface Tree {
  column: number[];
  value: number[];
  left: number[];
  right: number[];
}

/**
 * A random forest of regression trees that gives, to the bit, the predictions of mljs `ml-random-forest` 2.1 with
 * `replacement: false`, `useSampleBagging: false` and `selectionMethod: 'mean'` over `ml-cart` 2.1 regression
 * trees (split value: the mean of two neighbours; split score: the sum of the squared errors of both sides):
 * the same feature draws (random-js's Mersenne Twister, as there), the same candidate splits in the same order,
 * every sum taken in the same order. It differs only in how it computes them: typed arrays, no row copies and no
 * sort per candidate, so the summary's forest takes a fraction of ml-cart's time. Inputs must be finite numbers.
 *
 * @example
 * const forest = new RegressionForest({ seed: 7, trees: 9, maxFeatures: 9, maxDepth: 8, minNumSamples: 5 });
 * forest.train(rows, labels); // rows: number[][], labels: number[]
 * forest.predict(testRows); // one mean tree score per row
 */
export class RegressionForest {
  /** Per tree, the feature columns it sees, in draw order (a tree's column `j` is feature `subsets[t][j]`). */
  subsets: number[][] = [];
  private trees: Tree[] = [];

  constructor(private readonly options: RegressionForestOptions) {}

  /** Grows the trees on `rows` (one array of feature values per row) and their `labels`. */
  train(rows: readonly (readonly number[])[], labels: readonly number[]): void {
    const features = rows[0]?.length ?? 0;
    const { trees, seed } = this.options;
    this.subsets = featureSubsets(features, drawnFeatures(this.options.maxFeatures, features), trees, seed);
    // Column-major copies: a node reads one feature of many rows.
    const columns = Array.from({ length: features }, (_, c) => Float64Array.from(rows, (row) => row[c]));
    const y = Float64Array.from(labels);
    const all = Int32Array.from(rows, (_, i) => i);
    this.trees = this.subsets.map((subset) =>
      growTree(
        subset.map((c) => columns[c]),
        y,
        all,
        this.options,
      ),
    );
  }

  /** The forest's score of each row: the mean of its trees' scores, summed in tree order. */
  predict(rows: readonly (readonly number[])[]): number[] {
    return rows.map((row) => {
      let sum = 0;
      for (let t = 0; t < this.trees.length; t++) sum += score(this.trees[t], this.subsets[t], row);
      return sum / this.trees.length;
    });
  }
}

/** How many features each tree draws: ml-random-forest reads a value in (0, 1] as a share, others as a count. */
function drawnFeatures(maxFeatures: number, features: number): number {
  if (maxFeatures > 0 && maxFeatures <= 1) return Math.floor(features * maxFeatures);
  if (!Number.isInteger(maxFeatures) || maxFeatures > features)
    throw new RangeError(`maxFeatures must be a share in (0, 1] or a count up to ${features} (got ${maxFeatures})`);
  return maxFeatures;
}

/**
 * Each tree's `n` distinct features out of `features`, drawn as ml-random-forest draws them without replacement:
 * a Mersenne Twister seeded with the tree's seed, uniform integers until `n` distinct ones (kept in first-drawn
 * order), and the engine's next output is the seed of the next tree.
 */
export function featureSubsets(features: number, n: number, trees: number, seed: number): number[][] {
  const draw = integer(0, features - 1);
  const subsets: number[][] = [];
  let current = seed;
  for (let t = 0; t < trees; t++) {
    const engine = MersenneTwister19937.seed(current);
    const used = new Set<number>();
    let index = draw(engine);
    for (let i = 0; i < n; i++) {
      while (used.has(index)) index = draw(engine);
      used.add(index);
    }
    subsets.push([...used]);
    current = engine.next();
  }
  return subsets;
}

/** A tree's score of `row` (the row has every feature; the tree reads those of its `subset`). */
function score(tree: Tree, subset: readonly number[], row: readonly number[]): number {
  let i = 0;
  while (tree.left[i] !== -1) i = row[subset[tree.column[i]]] < tree.value[i] ? tree.left[i] : tree.right[i];
  return tree.value[i];
}

/** Sum of `y` over `rows`, in order. */
function sumOf(y: Float64Array, rows: Int32Array): number {
  let sum = 0;
  for (let i = 0; i < rows.length; i++) sum += y[rows[i]];
  return sum;
}

/** Grows one tree on the rows `rows` (ascending) of `columns` (the tree's features) and `y`. */
function growTree(
  columns: readonly Float64Array[],
  y: Float64Array,
  rows: Int32Array,
  options: RegressionForestOptions,
): Tree {
  const tree: Tree = { column: [], value: [], left: [], right: [] };
  const grow = (node: Int32Array, depth: number, parentError: number): number => {
    const at = tree.column.length;
    tree.column.push(-1);
    tree.value.push(0);
    tree.left.push(-1);
    tree.right.push(-1);
    const split = node.length <= options.minNumSamples ? null : bestSplit(columns, y, node);
    if (split !== null && depth < options.maxDepth && split.error > 0 && split.error !== parentError) {
      const x = columns[split.column];
      const lesser = node.filter((r) => x[r] < split.value);
      const greater = node.filter((r) => !(x[r] < split.value));
      if (lesser.length > 0 && greater.length > 0) {
        tree.column[at] = split.column;
        tree.value[at] = split.value;
        tree.left[at] = grow(lesser, depth + 1, split.error);
        tree.right[at] = grow(greater, depth + 1, split.error);
        return at;
      }
    }
    tree.value[at] = sumOf(y, node) / node.length;
    return at;
  };
  grow(rows, 0, 0);
  return tree;
}

/** A candidate split: feature `column` at `value`, with an estimate of its error from per-value sums. */
interface Candidate {
  column: number;
  value: number;
  estimate: number;
}

/**
 * The split of `node` with the least squared error, the first in feature order then candidate order on a tie
 * (ml-cart's strict comparison), or null when no feature offers a candidate.
 *
 * ml-cart sums each side of each candidate row by row; so does {@link splitError}, but only for the candidates
 * that can win. Every candidate's error is first estimated in O(1) from per-value sums (`Σy² − (Σy)²/n` per
 * side). The estimate and the row-by-row sum each stay within about `6 · n · ε · Σy²` of the exact real error
 * (ε the double's unit round-off), so a candidate whose estimate is more than `margin` (well above twice that)
 * above the least estimate has a larger row-by-row error than the winner: it can neither win nor tie. The
 * candidates within the margin (usually one or two) are summed row by row and compared as ml-cart compares them.
 */
function bestSplit(
  columns: readonly Float64Array[],
  y: Float64Array,
  node: Int32Array,
): { column: number; value: number; error: number } | null {
  const found: Candidate[] = [];
  for (let c = 0; c < columns.length; c++) addCandidates(c, columns[c], y, node, found);
  if (found.length === 0) return null;
  let least = Infinity;
  for (const candidate of found) least = Math.min(least, candidate.estimate);
  let squares = 0;
  for (let i = 0; i < node.length; i++) squares += y[node[i]] * y[node[i]];
  const margin = (1e-8 + 64 * node.length * Number.EPSILON) * (squares + 1);
  let best: { column: number; value: number; error: number } | null = null;
  for (const { column, value, estimate } of found) {
    if (estimate > least + margin) continue;
    const error = splitError(columns[column], y, node, value);
    if (error < (best?.error ?? Infinity)) best = { column, value, error };
  }
  return best;
}

/** Squared error of both sides of splitting `node` at `value` (`x < value` goes left), as ml-cart sums it. */
function splitError(x: Float64Array, y: Float64Array, node: Int32Array, value: number): number {
  let lesserSum = 0;
  let lesserCount = 0;
  let greaterSum = 0;
  let greaterCount = 0;
  for (let i = 0; i < node.length; i++) {
    const r = node[i];
    if (x[r] < value) {
      lesserSum += y[r];
      lesserCount++;
    } else {
      greaterSum += y[r];
      greaterCount++;
    }
  }
  const lesserMean = lesserSum / lesserCount;
  const greaterMean = greaterSum / greaterCount;
  let lesserError = 0;
  let greaterError = 0;
  for (let i = 0; i < node.length; i++) {
    const r = node[i];
    if (x[r] < value) {
      const d = y[r] - lesserMean;
      lesserError += d * d;
    } else {
      const d = y[r] - greaterMean;
      greaterError += d * d;
    }
  }
  // ml-cart adds the greater side first, then the lesser one.
  return greaterError + lesserError;
}

/** The rows of one value of a feature within a node: their label sums and how their labels run in row order. */
interface ValueGroup {
  value: number;
  count: number;
  sum: number;
  squares: number;
  first: number;
  last: number;
  /** Times the label changes from one row of this value to the next. */
  changes: number;
}

/** `Σy² − (Σy)²/n`: the squared error of `count` labels from their sums (0 for none). */
const estimateOf = (count: number, sum: number, squares: number) => (count > 0 ? squares - (sum * sum) / count : 0);

/**
 * Appends feature `column`'s candidate splits over `node` to `out`, in the order ml-cart proposes them: along the
 * rows sorted stably by value, `(a + b) / 2` of each neighbouring pair whose labels differ (a repeat of the value
 * just proposed is left out: it scores the same, so it never wins). Rows of equal value keep their order, so the
 * sort is done by distinct value only: per value, its first and last label and whether the label changes among
 * its rows.
 */
function addCandidates(column: number, x: Float64Array, y: Float64Array, node: Int32Array, out: Candidate[]): void {
  const byValue = new Map<number, ValueGroup>();
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < node.length; i++) {
    const r = node[i];
    const label = y[r];
    sum += label;
    squares += label * label;
    const group = byValue.get(x[r]);
    if (group === undefined) {
      byValue.set(x[r], {
        value: x[r],
        count: 1,
        sum: label,
        squares: label * label,
        first: label,
        last: label,
        changes: 0,
      });
      continue;
    }
    group.count++;
    group.sum += label;
    group.squares += label * label;
    if (group.last !== label) group.changes++;
    group.last = label;
  }
  const groups = [...byValue.values()].sort((a, b) => a.value - b.value);
  // The groups below `below` are the lesser side of the current candidate; their sums run along.
  let below = 0;
  let lesser = { count: 0, sum: 0, squares: 0 };
  let previous = NaN;
  const propose = (value: number) => {
    if (value === previous) return;
    previous = value;
    while (below < groups.length && groups[below].value < value) {
      const g = groups[below++];
      lesser = { count: lesser.count + g.count, sum: lesser.sum + g.sum, squares: lesser.squares + g.squares };
    }
    const estimate =
      estimateOf(lesser.count, lesser.sum, lesser.squares) +
      estimateOf(node.length - lesser.count, sum - lesser.sum, squares - lesser.squares);
    out.push({ column, value, estimate });
  };
  for (let g = 0; g < groups.length; g++) {
    if (g > 0 && groups[g - 1].last !== groups[g].first) propose((groups[g - 1].value + groups[g].value) / 2);
    // Within a value: (v + v) / 2, as ml-cart computes it: v itself, except ±Infinity past half the largest double.
    if (groups[g].changes > 0) propose((groups[g].value + groups[g].value) / 2);
  }
}
