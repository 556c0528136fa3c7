// The file store the configuration names: the data folder by default, an S3-compatible bucket with
// FILE_STORE=s3 (docs/DEPLOYMENT.md).
import path from 'node:path';
import type { Config } from '../config.js';
import { S3FileStore } from './s3-store.js';
import { LocalFileStore, type FileStore } from './store.js';

export function fileStoreFrom(config: Pick<Config, 'fileStore' | 's3' | 'dataDir'>): FileStore {
  if (config.fileStore === 's3') {
    const s = config.s3;
    return new S3FileStore({ ...s, forcePathStyle: s.forcePathStyle ?? undefined });
  }
  return new LocalFileStore(path.join(config.dataDir, 'files'));
}
