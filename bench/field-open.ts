// Benchmark: how long a clerk's phone takes to open the app on a weak signal. Debian's Chromium at
// 360 px with the Chrome DevTools Protocol's network throttling (400 kbit/s down and up, 400 ms
// latency) opens, signed in as commune.tannam with an empty browser cache, a new workday record
// until its form is usable (the save button is on screen); then opens it again from the service
// worker. Also the cold open of the sign-in form (signed out). Prints seconds, bytes that crossed
// the network, and ratios to the issue's goals (cold ≤ 10 s, repeat ≤ 2 s); the baseline of the run
// is one API round trip under the same throttling. Nothing here is asserted.
//
//   npx tsx bench/field-open.ts [--web dist/web] [--server-root .] [--port 3499]
// --server-root runs `bin/ntm-hub.mjs start` of another checkout (e.g. the commit before a change,
// with its own build as --web), so before and after are measured by the same script.
//
// The throttling is the page's: requests the service worker makes itself (its precache, and API
// answers it fetches first from the network) are not slowed by it. The repeat open is therefore also
// measured offline, where everything comes from the phone.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: {
  web: { type: 'string', default: 'dist/web' },
  'server-root': { type: 'string', default: '.' },
  port: { type: 'string', default: '3499' },
} });
const webDir = path.resolve(values.web!);
const serverRoot = path.resolve(values['server-root']!);
const port = Number(values.port);
const origin = `http://127.0.0.1:${port}`;
const GOAL_COLD_S = 10;
const GOAL_REPEAT_S = 2;
const THROTTLE = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-bench-field-'));
const server = spawn(process.execPath, [path.join(serverRoot, 'bin/ntm-hub.mjs'), 'start'], {
  cwd: serverRoot,
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, WEB_DIR: webDir, JOBS_ENABLED: 'false', DATABASE_URL: '' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const stopServer = () => { if (server.exitCode === null) server.kill('SIGTERM'); };
process.on('exit', stopServer);

async function waitForServer() {
  for (let i = 0; i < 180; i++) {
    try {
      if ((await fetch(`${origin}/api/v1/health`)).ok) return;
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('the server did not start');
}

/** Throttles the page's network and counts the bytes that arrive (compressed, as sent). */
async function throttle(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', THROTTLE);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => { bytes += e.encodedDataLength; });
  return { bytes: () => bytes };
}

async function timed(page: Page, url: string, ready: (p: Page) => Promise<void>) {
  const start = performance.now();
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  await ready(page);
  return (performance.now() - start) / 1000;
}

const formReady = (p: Page) => p.getByRole('button', { name: 'Ghi nhận buổi ra quân' }).waitFor({ state: 'visible', timeout: 120_000 });
const signInReady = (p: Page) => p.getByRole('button', { name: 'Đăng nhập' }).waitFor({ state: 'visible', timeout: 120_000 });

async function signedInContext(browser: Awaited<ReturnType<typeof chromium.launch>>): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', serviceWorkers: 'allow' });
  const login = await context.request.post(`${origin}/api/v1/auth/login`, {
    data: { username: 'commune.tannam', password: 'ntm-demo-2021' }, headers: { origin },
  });
  if (!login.ok()) throw new Error(`sign-in failed: ${login.status()}`);
  // The web app asks /auth/me only in a browser that signed in before (web/app/auth.tsx).
  await context.addInitScript(() => localStorage.setItem('ntm-hub.signed-in', '1'));
  return context;
}

await waitForServer();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic'] });
try {
  // A group of Tân Nam and a Saturday it has not recorded: the form for a new record.
  const setup = await signedInContext(browser);
  const workday = await (await setup.request.get(`${origin}/api/v1/workdays/1`)).json();
  await setup.close();
  const formUrl = `${origin}/workdays/new?campaignId=${workday.campaign?.id ?? workday.campaignId ?? 1}&communeId=${workday.commune.id}&groupId=${workday.group.id}&day=2021-10-02`;

  // Baseline: one API round trip under the same throttling.
  const base = await browser.newContext();
  const basePage = await base.newPage();
  await throttle(basePage);
  await basePage.goto(`${origin}/api/v1/health`);
  const t0 = performance.now();
  await basePage.evaluate(() => fetch('/api/v1/health').then((r) => r.text()));
  const roundTrip = (performance.now() - t0) / 1000;
  await base.close();

  // Cold open of the sign-in form, signed out.
  const anon = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN', serviceWorkers: 'block' });
  const anonPage = await anon.newPage();
  const anonNet = await throttle(anonPage);
  const signIn = await timed(anonPage, `${origin}/sign-in`, signInReady);
  const signInBytes = anonNet.bytes();
  await anon.close();

  // Cold open of the workday form, signed in, empty cache.
  const context = await signedInContext(browser);
  const page = await context.newPage();
  const net = await throttle(page);
  const cold = await timed(page, formUrl, formReady);
  let readyAfter: number | null = null;
  const coldBytes = net.bytes();

  // The service worker, if the build has one, installs after the first open, and the layout then
  // keeps the week through it. The clerk keeps the app open until it says the phone is ready with
  // no signal (web/features/offline/offline-ready.ts); a build without that notice is waited for
  // until its worker controls the page.
  const hasWorker = fs.existsSync(path.join(webDir, 'sw.js'));
  if (hasWorker) {
    const notice = page.getByText('Sẵn sàng dùng khi mất mạng').first();
    const controlled = async () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated' && !!navigator.serviceWorker.controller);
    const announces = fs.readdirSync(path.join(webDir, 'assets')).some((f) => f.endsWith('.js') && fs.readFileSync(path.join(webDir, 'assets', f), 'utf8').includes('ntm-offline-ready'));
    const start = performance.now();
    if (announces) await notice.waitFor({ state: 'visible', timeout: 300_000 });
    else while (!(await controlled())) {
      if (performance.now() - start > 300_000) throw new Error('no service worker controls the page after 5 minutes');
      await page.waitForTimeout(250);
    }
    readyAfter = (performance.now() - start) / 1000;
  }
  await page.close();

  const again = await context.newPage();
  const againNet = await throttle(again);
  const repeat = await timed(again, formUrl, formReady);
  const repeatBytes = againNet.bytes();
  await again.close();

  let offline: number | null = null;
  if (hasWorker) {
    await context.setOffline(true);
    const off = await context.newPage();
    offline = await timed(off, formUrl, formReady);
    await off.close();
  }
  await context.close();

  const kB = (n: number) => `${(n / 1024).toFixed(0)} kB`;
  const line = (label: string, s: number | null, goal: number | null, bytes: number | null) =>
    console.log(`${label.padEnd(46)} | ${s === null ? '—'.padStart(7) : `${s.toFixed(1)} s`.padStart(7)} | ${goal && s !== null ? (s / goal).toFixed(2).padStart(6) : '     —'} | ${s === null ? '—' : (s / roundTrip).toFixed(1).padStart(6)} | ${bytes === null ? '—' : kB(bytes)}`);
  console.log(`web build: ${webDir}\nserver:    ${serverRoot}\nthrottling: 400 kbit/s down and up, 400 ms latency; 360 px; Chromium\n`);
  console.log(`${'open'.padEnd(46)} |    time | ÷ goal | ÷ base | arrived`);
  line('baseline: one API round trip', roundTrip, null, null);
  line('cold: sign-in form (signed out)', signIn, GOAL_COLD_S, signInBytes);
  line('cold: usable workday form (signed in)', cold, GOAL_COLD_S, coldBytes);
  line(`repeat: workday form${hasWorker ? ', service worker, online' : ', browser cache'}`, repeat, GOAL_REPEAT_S, repeatBytes);
  line('repeat: workday form, service worker, offline', offline, GOAL_REPEAT_S, null);
  if (readyAfter !== null) console.log(`\nafter the cold open, the app said it was ready offline ${readyAfter.toFixed(1)} s later (the service worker's own downloads are not throttled)`);
} finally {
  await browser.close();
  stopServer();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
