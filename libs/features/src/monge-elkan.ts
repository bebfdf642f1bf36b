import { splitTokens } from './internal/tokens';
import { jaroWinkler } from './jaro-winkler';

function directed(a: readonly string[], b: readonly string[]): number {
  let sum = 0;
  for (const ta of a) {
    let best = 0;
    for (const tb of b) {
      const s = jaroWinkler(ta, tb);
      if (s > best) best = s;
    }
    sum += best;
  }
  return sum / a.length;
}

/**
 * Symmetric Monge-Elkan similarity in [0, 1] with Jaro-Winkler inside: for each token of one
 * side, the best JW against the other side's tokens, averaged; the two directions are averaged
 * so that `mongeElkan(a, b) === mongeElkan(b, a)`. Two strings without tokens → 1, one → 0.
 *
 * @example
 * mongeElkan('john a smith', 'smith john'); // ≈ 0.83 (order-insensitive, 'a' unmatched)
 */
export function mongeElkan(a: string, b: string): number {
  const ta = splitTokens(a);
  const tb = splitTokens(b);
  if (ta.length === 0 && tb.length === 0) return 1;
  if (ta.length === 0 || tb.length === 0) return 0;
  return (directed(ta, tb) + directed(tb, ta)) / 2;
}
