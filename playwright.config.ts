// Browser tests: Debian's Chromium against the real server on port 3310 with a fresh embedded
// database (the demo district is created on first start). The data folder is deleted first so
// every run starts from the same state. Run `npm run build` before, so the server serves the app.
import { defineConfig, devices } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
// E2E_PORT, E2E_DATA_DIR and WEB_DIR let two engineers run their specs at once on one machine
// (each with `npx vite build --outDir <own folder>`); CI uses the defaults.
const dataDir = process.env.E2E_DATA_DIR ? path.resolve(process.env.E2E_DATA_DIR) : path.join(root, '.tmp', 'e2e-data');
const port = Number(process.env.E2E_PORT || 3310);
const webDir: Record<string, string> = process.env.WEB_DIR ? { WEB_DIR: path.resolve(process.env.WEB_DIR) } : {};

// Only the main process starts the server; workers import this file too and must not wipe its data.
// Screenshots are wiped only on a default run: a run on its own port keeps the others' pictures.
if (!process.env.TEST_WORKER_INDEX) {
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (!process.env.E2E_PORT) fs.rmSync(path.join(root, 'e2e', 'screenshots'), { recursive: true, force: true });
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.E2E_PORT ? `test-results/${process.env.E2E_PORT}` : 'test-results',
  workers: 1,
  retries: 0,
  fullyParallel: false,
  forbidOnly: true,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // The app's service worker answers from its cache when the server is slow; journeys that are
    // not about field mode talk to the server directly. e2e/field-shell.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
  },
  // The role homes are checked on the demo as seeded: what each user's first card says depends on
  // work the other specs do (confirming a registration, reporting a task), so that spec runs first,
  // as a project the others depend on. It only opens pages and forms; it saves nothing.
  projects: [
    { name: 'homes', testMatch: /role-homes\.spec\.ts$/, use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 860 } } },
    { name: 'chromium', testIgnore: /role-homes\.spec\.ts$/, dependencies: ['homes'], use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 860 } } },
  ],
  webServer: {
    command: 'node bin/ntm-hub.mjs start',
    url: `http://127.0.0.1:${port}/api/v1/health`,
    env: { PORT: String(port), DATA_DIR: dataDir, HOST: '127.0.0.1', LOGIN_MAX_FAILURES: '50', ...webDir },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
