// Files written by a write request go with its transaction: kept when it commits, removed when it
// rolls back (a refused write, an error thrown in the handler). Over both databases.
import { Hono } from 'hono';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { setupApp, type TestApp } from '../../test/helpers/test-app.js';
import { LocalFileStore } from '../files/store.js';
import type { AppEnv } from './context.js';
import { transactionMiddleware } from './transaction.js';

let t: TestApp;
let root: string;

/** A tiny app with the real middleware: each route writes a file and a setting, then answers as told. */
function appWith() {
  const files = new LocalFileStore(root);
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('deps', { config: t.config, dbh: t.dbh, files });
    c.set('db', t.dbh.db);
    c.set('actor', null);
    await next();
  });
  app.use('*', transactionMiddleware);
  app.post('/write/:outcome', async (c) => {
    const outcome = c.req.param('outcome');
    await c.var.deps.files.put(`test/${outcome}.txt`, new TextEncoder().encode(outcome));
    await c.var.db.insertInto('settings').values({ key: `file-test.${outcome}`, value: JSON.stringify(outcome) }).execute();
    if (outcome === 'throws') throw new Error('boom');
    return c.json({ outcome }, outcome === 'refused' ? 400 : 201);
  });
  app.onError((_e, c) => c.json({ error: 'internal' }, 500));
  return app;
}

const stored = (name: string) => fs.existsSync(path.join(root, 'test', `${name}.txt`));
const setting = async (name: string) => !!(await t.db.selectFrom('settings').select('key').where('key', '=', `file-test.${name}`).executeTakeFirst());

beforeEach(async () => {
  t = await setupApp();
  root = path.join(t.dataDir, 'request-files');
});

describe('files written by a write request', () => {
  it('are kept when the transaction commits', async () => {
    const res = await appWith().request('/write/ok', { method: 'POST' });
    expect(res.status).toBe(201);
    expect([stored('ok'), await setting('ok')]).toEqual([true, true]);
  });

  it('are removed with the rows when the answer is a refusal (4xx)', async () => {
    const res = await appWith().request('/write/refused', { method: 'POST' });
    expect(res.status).toBe(400);
    expect([stored('refused'), await setting('refused')]).toEqual([false, false]);
  });

  it('are removed with the rows when the handler throws', async () => {
    const res = await appWith().request('/write/throws', { method: 'POST' });
    expect(res.status).toBe(500);
    expect([stored('throws'), await setting('throws')]).toEqual([false, false]);
  });
});
