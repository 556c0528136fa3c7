// The file store as one write request sees it: it remembers the files the request wrote, so that
// when the request's transaction rolls back (a refused write, an error) those files are removed
// too, instead of staying on disk with no row that points at them.
import type { FileStore } from './store.js';

export class RequestFileStore implements FileStore {
  private readonly written: string[] = [];

  constructor(private readonly inner: FileStore) {}

  async put(key: string, data: Uint8Array): Promise<void> {
    await this.inner.put(key, data);
    this.written.push(key);
  }

  get(key: string): Promise<Uint8Array | null> {
    return this.inner.get(key);
  }

  stream(key: string): Promise<ReadableStream<Uint8Array> | null> {
    return this.inner.stream(key);
  }

  remove(key: string): Promise<void> {
    return this.inner.remove(key);
  }

  /** Removes what this request wrote; best effort (a file left behind is harmless, a lost answer is not). */
  async discard(): Promise<void> {
    const keys = this.written.splice(0);
    await Promise.allSettled(keys.map((k) => this.inner.remove(k)));
  }
}
