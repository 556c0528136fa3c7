// Child processes of the benchmarks: a bare node:http hello-world (the baseline every ratio is
// measured against) and the real product (`bin/ntm-hub.mjs start`). Each is its own process so the
// load generator never shares an event loop with the server it measures; all listen on loopback
// only and are stopped by the benchmark that started them (and on its exit).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface Child { url: string; port: number; process: ChildProcess; stop(): Promise<void> }

const started = new Set<ChildProcess>();
process.on('exit', () => { for (const c of started) c.kill('SIGKILL'); });

/** Starts `node args…` and resolves with the port it prints as `listening on http://…:PORT`. */
function startChild(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Child> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    started.add(child);
    let out = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`no answer from ${args.join(' ')} in ${timeoutMs} ms:\n${out}`)); }, timeoutMs);
    const onData = (d: Buffer) => {
      out += d;
      const m = /listening on http:\/\/[^:]+:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        child.stderr!.resume();
        const port = Number(m[1]);
        resolve({ url: `http://127.0.0.1:${port}`, port, process: child, stop: () => stopChild(child) });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d) => { out += d; });
    child.once('exit', (code) => { clearTimeout(timer); started.delete(child); reject(new Error(`${args.join(' ')} exited (${code}):\n${out}`)); });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('exit', () => { clearTimeout(kill); started.delete(child); resolve(); });
    child.kill('SIGTERM');
  });
}

const HELLO = `require('node:http').createServer((q, s) => { s.setHeader('content-type', 'text/plain'); s.end('hello'); })
  .listen(Number(process.env.PORT || 0), '127.0.0.1', function () { console.log('listening on http://127.0.0.1:' + this.address().port); });`;

/** The baseline: node:http answering "hello", nothing else. */
export function startBare(port = 0): Promise<Child> {
  return startChild(['-e', HELLO], { ...process.env, PORT: String(port) }, 10_000);
}

/** The product: `ntm-hub start` on loopback without background jobs (unless asked), demo data on first start. */
export function startApp(env: Record<string, string | undefined>, timeoutMs = 300_000): Promise<Child> {
  const full: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: '0', JOBS_ENABLED: 'false', WEB_DIR: path.join(ROOT, '.no-web-build'), LOGIN_MAX_FAILURES: '100000', ...env };
  for (const [k, v] of Object.entries(full)) if (v === undefined) delete full[k];
  return startChild([path.join(ROOT, 'bin/ntm-hub.mjs'), 'start'], full, timeoutMs);
}
