// Files in an S3-compatible bucket (AWS S3, MinIO, Ceph, a provider's object storage), so that
// every app node reads what any node wrote. Same keys and same four calls as the local folder.
// Checksums are sent and checked only where S3 requires them: several S3-compatible servers do
// not understand the SDK's newer default (a CRC32 trailer on every upload).
import {
  DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client, S3ServiceException,
} from '@aws-sdk/client-s3';
import { checkStorageKey, type FileStore } from './store.js';

export interface S3StoreOptions {
  bucket: string;
  /** The server's address, e.g. https://s3.example.vn; empty for AWS itself. */
  endpoint?: string | null;
  region?: string;
  accessKeyId?: string | null;
  secretAccessKey?: string | null;
  /** Keys under a folder of the bucket, e.g. 'ntm-hub/'; none by default. */
  prefix?: string;
  /** bucket in the path (most S3-compatible servers) rather than in the host name. */
  forcePathStyle?: boolean;
}

function missing(e: unknown): boolean {
  return e instanceof NoSuchKey || (e instanceof S3ServiceException && e.$metadata.httpStatusCode === 404);
}

export class S3FileStore implements FileStore {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(o: S3StoreOptions) {
    this.bucket = o.bucket;
    this.prefix = o.prefix ?? '';
    this.client = new S3Client({
      region: o.region || 'us-east-1',
      endpoint: o.endpoint || undefined,
      forcePathStyle: o.forcePathStyle ?? !!o.endpoint,
      credentials: o.accessKeyId && o.secretAccessKey ? { accessKeyId: o.accessKeyId, secretAccessKey: o.secretAccessKey } : undefined,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  private keyOf(key: string): string {
    return this.prefix + checkStorageKey(key);
  }

  async put(key: string, data: Uint8Array): Promise<void> {
    // One PUT is atomic in S3: readers see the old object or the new one, never half of it.
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: this.keyOf(key), Body: data, ContentLength: data.byteLength }));
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.keyOf(key) }));
      return res.Body ? await res.Body.transformToByteArray() : new Uint8Array();
    } catch (e) {
      if (missing(e)) return null;
      throw e;
    }
  }

  async stream(key: string): Promise<ReadableStream<Uint8Array> | null> {
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.keyOf(key) }));
      if (!res.Body) return new Blob([]).stream();
      return res.Body.transformToWebStream() as ReadableStream<Uint8Array>;
    } catch (e) {
      if (missing(e)) return null;
      throw e;
    }
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.keyOf(key) }));
  }

  /** Closes the client's sockets (at shutdown and after tests). */
  close(): void {
    this.client.destroy();
  }
}

