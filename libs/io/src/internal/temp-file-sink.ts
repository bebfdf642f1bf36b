import { closeSync, mkdirSync, openSync, renameSync, type WriteStream, createWriteStream } from 'node:fs';
import { dirname } from 'node:path';
import { IoError, type IoOperation } from '../io-error';
import { registerTemporary, tempPathFor, unlinkQuietly, unregisterTemporary } from './temporaries';
import { reason } from './reason';
import type { CommitGroup } from '../commit-group';

type State = 'open' | 'closing' | 'closed' | 'aborted';

/**
 * A write stream on `<path>.tmp-<pid>` that is renamed to `path` on close (or, in a commit group, when the
 * group commits) and deleted on abort.
 * The file is opened synchronously so that a signal handler can always delete what exists.
 */
export class TempFileSink {
  readonly tempPath: string;
  readonly stream: WriteStream;
  private failure: Error | undefined;
  private state: State = 'open';
  /** The pending wait for 'drain', shared by every write made while the stream is full. */
  private draining: Promise<void> | undefined;

  constructor(
    readonly path: string,
    private readonly group?: CommitGroup,
  ) {
    this.tempPath = tempPathFor(path);
    let fd: number;
    try {
      mkdirSync(dirname(path), { recursive: true });
      fd = openSync(this.tempPath, 'w');
    } catch (e) {
      throw this.error('open', `Cannot create ${this.tempPath}`, e);
    }
    try {
      this.stream = createWriteStream(this.tempPath, { fd, highWaterMark: 1 << 16 });
    } catch (e) {
      closeSync(fd);
      unlinkQuietly(this.tempPath);
      throw this.error('open', `Cannot open ${this.tempPath}`, e);
    }
    this.stream.on('error', (e) => {
      this.failure ??= e;
    });
    registerTemporary(this.tempPath, () => this.stream.destroy());
  }

  error(operation: IoOperation, message: string, cause?: unknown): IoError {
    return new IoError(`${message}${reason(cause)}`, this.path, operation, { cause });
  }

  /** Throws when the sink failed or is no longer open. */
  check(): void {
    if (this.failure) throw this.error('write', `Cannot write ${this.tempPath}`, this.failure);
    if (this.state !== 'open') throw this.error('write', `Writer for ${this.path} is ${this.state}`);
  }

  /** Writes a chunk; returns a promise only when the stream asks to wait for 'drain'. */
  write(chunk: string | Buffer): Promise<void> | void {
    this.check();
    if (!this.stream.write(chunk)) return (this.draining ??= this.drain());
  }

  private drain(): Promise<void> {
    const wait = new Promise<void>((resolve, reject) => {
      const done = (e?: Error) => {
        this.stream.off('drain', onDrain).off('error', done).off('close', onClose);
        if (e) reject(this.error('write', `Cannot write ${this.tempPath}`, e));
        else resolve();
      };
      const onDrain = () => done();
      const onClose = () => done(this.failure ?? new Error('stream closed while writing'));
      this.stream.on('drain', onDrain).on('error', done).on('close', onClose);
    });
    const clear = () => {
      this.draining = undefined;
    };
    wait.then(clear, clear);
    return wait;
  }

  /** Ends the stream (unless its owner already did), waits for the file to close, then renames it. */
  async close(): Promise<void> {
    this.check();
    this.state = 'closing';
    try {
      if (!this.stream.writableEnded) this.stream.end();
      await this.closed();
      if (this.failure) throw this.failure;
      if (!this.group) renameSync(this.tempPath, this.path);
    } catch (e) {
      this.discard();
      throw e instanceof IoError ? e : this.error('close', `Cannot finish ${this.path}`, e);
    }
    this.state = 'closed';
    // In a commit group the complete temporary stays registered (cleaned on a signal) until the group commits.
    if (this.group) this.group.hold(this.tempPath, this.path);
    else unregisterTemporary(this.tempPath);
  }

  /** Stops writing and deletes the temporary; the final path is untouched. */
  async abort(): Promise<void> {
    if (this.state === 'closed' || this.state === 'aborted') return;
    this.state = 'aborted';
    this.stream.destroy();
    await this.closed();
    this.discard();
  }

  private closed(): Promise<void> {
    if (this.stream.closed) return Promise.resolve();
    return new Promise((resolve) => this.stream.once('close', () => resolve()));
  }

  private discard(): void {
    this.state = 'aborted';
    unregisterTemporary(this.tempPath);
    this.stream.destroy();
    try {
      unlinkQuietly(this.tempPath);
    } catch (e) {
      throw this.error('abort', `Cannot remove ${this.tempPath}`, e);
    }
  }
}
