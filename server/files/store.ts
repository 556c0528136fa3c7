// The one file store behind every upload. The local implementation keeps files in the data folder
// (one node); the S3-compatible one (s3-store.ts) keeps them in a bucket that several app nodes share.
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';

export interface FileStore {
  put(key: string, data: Uint8Array): Promise<void>;
  /** The whole file, or null when there is none under the key. */
  get(key: string): Promise<Uint8Array | null>;
  /** The file as a stream (for large files, never held whole in memory), or null when there is none. */
  stream(key: string): Promise<ReadableStream<Uint8Array> | null>;
  /** Removes the file; a missing key is not an error. */
  remove(key: string): Promise<void>;
}

/** Keys are lower-case paths such as 'workdays/12/3f…/display.webp': never absolute, never '..'. */
export function checkStorageKey(key: string): string {
  if (!/^[a-z0-9][a-z0-9/_.-]*$/.test(key) || key.includes('..')) throw new Error(`bad storage key ${key}`);
  return key;
}

export class LocalFileStore implements FileStore {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    return path.join(this.root, checkStorageKey(key));
  }

  async put(key: string, data: Uint8Array): Promise<void> {
    const target = this.pathOf(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    // Write then rename, so a crash never leaves half a file under the final name.
    const tmp = `${target}.tmp-${process.pid}`;
    const handle = await fs.open(tmp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, target);
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      return await fs.readFile(this.pathOf(key));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async stream(key: string): Promise<ReadableStream<Uint8Array> | null> {
    const file = this.pathOf(key);
    // Opened before answering, so a missing file is null rather than a stream that fails later.
    const handle = await fs.open(file, 'r').catch((e: NodeJS.ErrnoException) => { if (e.code === 'ENOENT') return null; throw e; });
    if (!handle) return null;
    // The read stream owns the handle and closes it at the end (or on cancel).
    return Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
  }

  async remove(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }
}
