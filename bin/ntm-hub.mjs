#!/usr/bin/env node
// Entry of the `ntm-hub` command: runs the TypeScript sources through tsx, building the web app
// first when `start` finds it missing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// --dev: the web app is served by Vite's dev server instead, so no build is needed.
const dev = process.argv.includes('--dev');
const args = process.argv.slice(2).filter((a) => a !== '--dev');
if (args[0] === 'start' && !dev && !process.env.WEB_DIR && !fs.existsSync(path.join(root, 'dist/web/index.html'))) {
  console.log('[ntm-hub] building the web app (first start)…');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
register();
const { runCli } = await import('../server/cli.ts');
const code = await runCli(args);
if (code >= 0) process.exit(code);
