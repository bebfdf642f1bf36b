/**
 * The blocks of shard `index` of `count`: a contiguous range, so the shards' files concatenated in shard
 * order (headers after the first dropped) are byte-for-byte the single-machine run's files.
 *
 * @example
 * shardBlocks(10, { index: 1, count: 3 }); // [3, 4, 5]
 */
export function shardBlocks(blockCount: number, shard: { index: number; count: number } | null): number[] {
  const from = shard === null ? 0 : Math.floor((shard.index * blockCount) / shard.count);
  const to = shard === null ? blockCount : Math.floor(((shard.index + 1) * blockCount) / shard.count);
  return Array.from({ length: to - from }, (_, i) => from + i);
}
