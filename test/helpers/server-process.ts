// The real product as a child process (`node bin/ntm-hub.mjs …`), for tests that need a process
// boundary: crash durability, the CLI. Every spawned server is tracked so a test can always stop
// what it started, and waits are bounded.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/ntm-hub.mjs');

/** The environment for a child: the parent's, without DATABASE_URL unless given, no web build. */
export function childEnv(dataDir: string, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, WEB_DIR: path.join(dataDir, 'no-web-build'), HOST: '127.0.0.1' };
  delete env.DATABASE_URL;
  delete env.VITEST_JSON;
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/**
 * A port of this suite's range (3400–3499) that is free now. Picked at random, so that two test
 * runs on one machine (several people share it) rarely meet on a port.
 */
export async function freePort(from = 3400, to = 3499): Promise<number> {
  const span = to - from + 1;
  const first = Math.floor(Math.random() * span);
  for (let i = 0; i < span; i++) {
    const port = from + ((first + i) % span);
    const free = await new Promise<boolean>((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(false));
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}–${to}`);
}

const tempDirs = new Set<string>();

/** A temporary DATA_DIR, removed by stopAllServers. */
export function tempDataDir(prefix = 'ntm-proc-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

/** Runs one CLI command to its end; resolves with its exit code and output. */
export function runCli(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`ntm-hub ${args.join(' ')} did not finish:\n${out}`)); }, timeoutMs);
    child.on('error', reject);
    child.on('exit', (code) => { clearTimeout(timer); resolve({ code, out }); });
  });
}

export interface ServerProcess {
  port: number;
  base: string;
  child: ChildProcess;
  output(): string;
  /** SIGTERM (clean stop) or SIGKILL (crash); resolves when the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const running = new Set<ServerProcess>();

/** Starts `ntm-hub start` and waits until /api/v1/health answers. */
export async function startServerProcess(port: number, env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, [BIN, 'start'], { cwd: ROOT, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => { out += d; });
  child.stderr!.on('data', (d) => { out += d; });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const proc: ServerProcess = {
    port, base: `http://127.0.0.1:${port}`, child, output: () => out,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
      running.delete(proc);
    },
  };
  running.add(proc);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${proc.base}/api/v1/health`);
      // The answer must come from this child, not from some other server on the port.
      if (res.ok && child.exitCode === null && out.includes(`listening on http://localhost:${port}`)) return proc;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  await proc.stop('SIGKILL');
  throw new Error(`ntm-hub start did not become healthy on port ${port}:\n${out}`);
}

/** Stops every server a test started and left running, then removes the temporary folders (for afterAll). */
export async function stopAllServers(): Promise<void> {
  await Promise.all([...running].map((p) => p.stop('SIGKILL')));
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

/** A signed-in HTTP session against a spawned server. */
export async function signIn(base: string, username: string, password: string) {
  const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (res.status !== 200) throw new Error(`sign-in ${username} failed: ${res.status} ${await res.text()}`);
  const cookie = /ntm_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];
  const { csrfToken } = await res.json() as { csrfToken: string };
  const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  return {
    post: (url: string, body: unknown) => fetch(`${base}${url}`, { method: 'POST', headers, body: JSON.stringify(body) }),
    get: async (url: string) => { const r = await fetch(`${base}${url}`, { headers }); return { status: r.status, body: await r.json() as any }; },
  };
}
