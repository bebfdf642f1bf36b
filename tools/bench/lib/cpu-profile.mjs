// Summary of a V8 .cpuprofile (node --cpu-prof) for tools/bench/profile.mjs: sampled time per function, self and
// inclusive (a function counted once per sample however deep it recurses), and the garbage collector's share.

/** `name file:line` of a profile node's call frame (file = last path segment). */
function frameName(node) {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}`;
}

/**
 * `{ totalMs, gcShare, self, inclusive }` of a parsed .cpuprofile: `self` and `inclusive` are the `top` functions
 * as `{ name, ms, share }`, largest first.
 */
export function summarizeCpuProfile(profile, top = 25) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const sampled = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    sampled.set(id, (sampled.get(id) ?? 0) + dt);
    total += dt;
  });
  const self = new Map();
  const inclusive = new Map();
  for (const [id, dt] of sampled) {
    const name = frameName(byId.get(id));
    self.set(name, (self.get(name) ?? 0) + dt);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const n = frameName(byId.get(at));
      if (seen.has(n)) continue;
      seen.add(n);
      inclusive.set(n, (inclusive.get(n) ?? 0) + dt);
    }
  }
  const list = (m) =>
    [...m]
      .filter(([name]) => !name.startsWith('(root)') && !name.startsWith('(program)') && !name.startsWith('(idle)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: total ? us / total : 0 }));
  const gc = [...self].filter(([name]) => name.startsWith('(garbage collector)')).reduce((s, [, us]) => s + us, 0);
  return { totalMs: total / 1000, gcShare: total ? gc / total : 0, self: list(self), inclusive: list(inclusive) };
}
