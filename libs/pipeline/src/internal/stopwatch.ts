/** Wall time per stage, in milliseconds, for the summary's `timings`. */
export class Stopwatch {
  private readonly started = performance.now();
  private last = this.started;
  private readonly times: Record<string, number> = {};

  /** Ends the stage `name` (time since the previous lap). */
  lap(name: string): void {
    const now = performance.now();
    this.times[name] = Math.round((this.times[name] ?? 0) + now - this.last);
    this.last = now;
  }

  /** Every stage so far plus `total`. */
  laps(): Record<string, number> {
    return { ...this.times, total: Math.round(performance.now() - this.started) };
  }
}
