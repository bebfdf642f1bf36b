/**
 * Number of true entities per chunk. Chunks are the unit of rendering (`renderChunk`) and of
 * determinism: a chunk's records depend only on the plan and the chunk index, never on how chunks
 * are grouped into blocks, workers or shards. Confusers live in the same chunk as their target.
 */
export const CHUNK_SIZE = 1000;
