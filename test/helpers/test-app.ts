// The app in-process over the worker's test database, and a small client that signs in as a user,
// keeps the session cookie and sends the CSRF token on writes, as the web app does.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../server/config.js';
import { LocalFileStore } from '../../server/files/store.js';
import { createApp } from '../../server/app.js';
import { TEST_PASSWORD } from './factories.js';
import { resetDb, testDb } from './test-db.js';

export interface TestResponse<T = any> { status: number; body: T; headers: Headers }

export class TestClient {
  cookie: string | null = null;
  csrf: string | null = null;
  constructor(private readonly app: ReturnType<typeof createApp>) {}

  async send<T = any>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<TestResponse<T>> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET' && !('x-csrf-token' in h)) h['x-csrf-token'] = this.csrf;
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) { payload = JSON.stringify(body); h['content-type'] ??= 'application/json'; }
    const res = await this.app.request(url, { method, headers: h, body: payload });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const m = /ntm_session=([^;]*)/.exec(setCookie);
      if (m) this.cookie = m[1] ? `ntm_session=${m[1]}` : null;
    }
    const text = await res.text();
    let parsed: unknown = text;
    try { parsed = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get<T = any>(url: string, headers?: Record<string, string>) { return this.send<T>('GET', url, undefined, headers); }
  post<T = any>(url: string, body?: unknown, headers?: Record<string, string>) { return this.send<T>('POST', url, body, headers); }
  patch<T = any>(url: string, body?: unknown, headers?: Record<string, string>) { return this.send<T>('PATCH', url, body, headers); }
  put<T = any>(url: string, body?: unknown, headers?: Record<string, string>) { return this.send<T>('PUT', url, body, headers); }
  delete<T = any>(url: string, headers?: Record<string, string>) { return this.send<T>('DELETE', url, undefined, headers); }

  async login(username: string, password = TEST_PASSWORD): Promise<this> {
    const res = await this.post('/api/v1/auth/login', { username, password });
    if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.csrf = res.body.csrfToken;
    return this;
  }
}

/** A fresh, empty, migrated database and the app over it. */
export async function setupApp(overrides: Partial<Config> = {}) {
  const dbh = await testDb();
  await resetDb(dbh.db);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-test-'));
  const config = loadConfig({ dataDir, webDir: path.join(dataDir, 'no-web'), loginMaxFailures: 1000, loginMaxFailuresPerAddress: 1000, ...overrides });
  const app = createApp({ config, dbh, files: new LocalFileStore(path.join(dataDir, 'files')) });
  return {
    app, db: dbh.db, dbh, config, dataDir,
    client: () => new TestClient(app),
    as: (username: string) => new TestClient(app).login(username),
  };
}
export type TestApp = Awaited<ReturnType<typeof setupApp>>;
