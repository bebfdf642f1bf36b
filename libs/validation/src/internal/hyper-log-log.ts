/** Precision: 2^14 registers, standard error 1.04 / sqrt(16384) ≈ 0.8 %. */
const P = 14;
const M = 1 << P;
const clz32 = Math.clz32;
const ALPHA = 0.7213 / (1 + 1.079 / M);

/**
 * HyperLogLog distinct-count sketch over 32-bit hashes (16 KiB per column). Its registers are a function of
 * the set of hashes added, whatever their order or repeats: sketches of parts of the values merge (register
 * by register maximum) into exactly the sketch of all of them.
 */
export class HyperLogLog {
  /** Bytes of {@link registers}. */
  static readonly SIZE = M;
  /** One rank per register: plain bytes, cheap to post between threads. */
  readonly registers: Uint8Array<ArrayBuffer> = new Uint8Array(M);

  add(hash: number): void {
    const index = hash >>> (32 - P);
    const rest = (hash << P) >>> 0;
    const rank = rest === 0 ? 32 - P + 1 : clz32(rest) + 1;
    if (rank > this.registers[index]) this.registers[index] = rank;
  }

  /** Adds every hash another sketch has seen, given its {@link registers}. */
  merge(registers: Uint8Array): void {
    const own = this.registers;
    for (let i = 0; i < M; i++) if (registers[i] > own[i]) own[i] = registers[i];
  }

  estimate(): number {
    let sum = 0;
    let zeros = 0;
    for (let i = 0; i < M; i++) {
      sum += 2 ** -this.registers[i];
      if (this.registers[i] === 0) zeros++;
    }
    const raw = (ALPHA * M * M) / sum;
    // small-range correction (linear counting)
    return raw <= 2.5 * M && zeros > 0 ? M * Math.log(M / zeros) : raw;
  }
}
