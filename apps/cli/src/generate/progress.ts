import type { Writable } from 'node:stream';

/** Seconds before the first progress line: short runs print nothing. */
export const PROGRESS_DELAY_MS = 2000;

/**
 * A one-line progress display on stderr (stage, entities done, rate, ETA), redrawn in place. Silent when
 * stderr is not a terminal, and during the first two seconds, so pipes, CI logs and tests stay clean.
 */
export class Progress {
  private readonly started: number;
  private shown = false;

  constructor(
    private readonly out: Writable & { isTTY?: boolean },
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** Redraws the line for `stage` after `done` of `total` entities. */
  update(stage: string, done: number, total: number): void {
    if (!this.out.isTTY) return;
    const elapsed = this.now() - this.started;
    if (elapsed < PROGRESS_DELAY_MS) return;
    const rate = done / (elapsed / 1000);
    const eta = rate > 0 && done < total ? ` · ETA ${Math.ceil((total - done) / rate)} s` : '';
    const pct = total ? Math.floor((done / total) * 100) : 100;
    const n = (x: number) => x.toLocaleString('en-US');
    const line = `${stage}: ${n(done)}/${n(total)} entities (${pct}%) · ${n(Math.round(rate))} entities/s${eta}`;
    this.out.write(`\r\u001b[2K${line}`);
    this.shown = true;
  }

  /** Shows a stage without a count (e.g. validation). */
  stage(text: string): void {
    if (!this.out.isTTY || this.now() - this.started < PROGRESS_DELAY_MS) return;
    this.out.write(`\r\u001b[2K${text}`);
    this.shown = true;
  }

  /** Clears the line, if anything was drawn. */
  done(): void {
    if (this.shown) this.out.write('\r\u001b[2K');
    this.shown = false;
  }
}
