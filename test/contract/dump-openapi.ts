// Prints the API's OpenAPI document (for Spectral and openapi-typescript in CI): the app is built
// without a database, since the document route reads none.
// Run: npx tsx test/contract/dump-openapi.ts > openapi.json
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../server/config.js';
import type { AppDeps } from '../../server/http/context.js';
import { createApp } from '../../server/app.js';

const config = loadConfig({ dataDir: path.join(os.tmpdir(), 'ntm-openapi'), webDir: path.join(os.tmpdir(), 'ntm-openapi', 'no-web') });
const app = createApp({ config, dbh: {} as AppDeps['dbh'], files: {} as AppDeps['files'] });
const res = await app.request('/api/v1/openapi.json');
if (res.status !== 200) throw new Error(`openapi.json answered ${res.status}`);
process.stdout.write(JSON.stringify(await res.json(), null, 2) + '\n');
