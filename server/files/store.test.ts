// The same tests for both file stores: the data folder, and an S3-compatible bucket on a local
// S3 server (s3rver, started here on loopback with its own folder). Put, get, stream, remove, a
// missing key, a bad key, and a file of 64 MB streamed back in pieces and compared by hash.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3FileStore } from './s3-store.js';
import { LocalFileStore, type FileStore } from './store.js';

const BUCKET = 'ntm-files';
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-store-'));
let s3: S3rver;
let s3Store: S3FileStore;

beforeAll(async () => {
  s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: path.join(root, 's3'), configureBuckets: [{ name: BUCKET, configs: [] }] });
  const { port } = (await s3.run()) as AddressInfo;
  s3Store = new S3FileStore({ bucket: BUCKET, endpoint: `http://127.0.0.1:${port}`, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', prefix: 'test/' });
});
afterAll(async () => {
  s3Store?.close();
  await s3?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<{ bytes: number; chunks: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  let chunks = 0;
  for await (const chunk of stream) {
    hash.update(chunk);
    bytes += chunk.byteLength;
    chunks++;
  }
  return { bytes, chunks, sha256: hash.digest('hex') };
}

const stores: Array<[string, () => FileStore]> = [
  ['the data folder', () => new LocalFileStore(path.join(root, 'local'))],
  ['an S3-compatible bucket', () => s3Store],
];

describe.each(stores)('%s', (_name, store) => {
  const text = new TextEncoder().encode('Biên bản nghiệm thu tuyến đường thôn Nà Khương');

  it('gives back what was put, whole and as a stream, until it is removed', async () => {
    await store().put('workdays/1/photo.webp', text);
    expect(Buffer.from((await store().get('workdays/1/photo.webp'))!).toString('utf8')).toBe('Biên bản nghiệm thu tuyến đường thôn Nà Khương');
    const streamed = await readAll((await store().stream('workdays/1/photo.webp'))!);
    expect(streamed.bytes).toBe(text.byteLength);

    await store().put('workdays/1/photo.webp', new Uint8Array([1, 2, 3])); // a second put replaces
    expect([...(await store().get('workdays/1/photo.webp'))!]).toEqual([1, 2, 3]);

    await store().remove('workdays/1/photo.webp');
    expect(await store().get('workdays/1/photo.webp')).toBeNull();
    expect(await store().stream('workdays/1/photo.webp')).toBeNull();
  });

  it('answers null for a key never written, and removing it is no error', async () => {
    expect(await store().get('nothing/here.pdf')).toBeNull();
    expect(await store().stream('nothing/here.pdf')).toBeNull();
    await expect(store().remove('nothing/here.pdf')).resolves.toBeUndefined();
  });

  it('refuses a key that climbs out of its folder', async () => {
    await expect(store().put('../outside.txt', text)).rejects.toThrow('bad storage key');
    await expect(store().get('/etc/passwd')).rejects.toThrow('bad storage key');
  });

  it('streams a 64 MB file back in pieces, byte for byte', async () => {
    const big = randomBytes(64 * 1024 * 1024);
    await store().put('exports/big.bin', big);
    const back = await readAll((await store().stream('exports/big.bin'))!);
    expect(back.bytes).toBe(big.byteLength);
    expect(back.sha256).toBe(createHash('sha256').update(big).digest('hex'));
    expect(back.chunks).toBeGreaterThan(1); // it came in pieces, not as one buffer
    await store().remove('exports/big.bin');
  }, 120_000);
});
