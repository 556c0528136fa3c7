// Builds the web app: sources in web/, output in dist/web (served by the API server, see
// server/app.ts). In development `npx vite` serves on :3300 and forwards /api to the API on :3000.
//
// For phones on a weak signal the build also: writes .br and .gz beside every text asset (the server
// sends them as they are, no compression per request); writes the chunk graph (.vite/manifest.json,
// read by bench/field-weight.ts and below); and generates the service worker (Workbox), which puts the
// app shell and the field pages' code on the phone at the first visit and keeps the last answers of
// the API for when the signal is gone. There is no service worker in development.
import react from '@vitejs/plugin-react';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
import { offlineFiles, type BuildManifest } from './web/features/offline/chunk-graph.ts';
import { fieldChunkGroups } from './web/features/offline/field-chunks.ts';
import { FIELD_PAGES } from './web/features/offline/field-pages.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

// Where this build writes (`--outDir` may change it): the precache list reads the chunk graph there.
let outDir = path.join(here, 'dist/web');
const rememberOutDir: Plugin = { name: 'ntm-out-dir', configResolved: (c) => { outDir = path.resolve(c.root, c.build.outDir); } };

/** Precache only the shell and the field pages' chunks; other pages are kept when first opened (runtime cache). */
function fieldPrecacheOnly<T extends { url: string }>(entries: T[]) {
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as BuildManifest;
  // Each feature's English strings are a chunk of their own (web/i18n/index.ts): an English user opens offline too.
  const english = Object.keys(manifest).filter((k) => k.endsWith('/i18n/en.json'));
  const wanted = new Set(offlineFiles(manifest, [...FIELD_PAGES, ...english]));
  return { manifest: entries.filter((e) => !e.url.startsWith('assets/') || wanted.has(e.url)), warnings: [] };
}

export default defineConfig({
  root: path.join(here, 'web'),
  plugins: [
    rememberOutDir,
    react(),
    // Only files above 1 kB: below that the saving is smaller than a request's headers.
    compression({ algorithms: ['gzip', 'brotliCompress'], include: /\.(js|css|html|svg|json|webmanifest)$/, threshold: 1024, logLevel: 'silent' }),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: null, // registered by web/features/offline/register.ts, which also tells the user about updates
      manifest: {
        name: 'Ngày thứ 7 vì nông thôn mới',
        short_name: 'Thứ 7 NTM',
        description: 'Ghi nhận ngày công, vật liệu và báo cáo phong trào Ngày thứ 7 vì nông thôn mới, cả khi không có sóng.',
        lang: 'vi',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#0ca678',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html}', 'icons/*.png'],
        manifestTransforms: [async (entries) => fieldPrecacheOnly(entries)],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          {
            // Pages opened once online (not in the precache) stay on the phone; their names carry a hash.
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
            handler: 'CacheFirst',
            options: { cacheName: 'ntm-assets', expiration: { maxEntries: 300 } },
          },
          {
            // The API's last JSON answers (who is signed in, the commune's plans, roads, lots…): the network
            // first, the kept answer when the network fails or is slower than a few seconds. Files and
            // downloads are not kept. The page learns which answers came from the phone (web/features/offline/cached-at.ts).
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/api/v1/') && !url.pathname.startsWith('/api/v1/files/'),
            handler: 'NetworkFirst',
            method: 'GET',
            options: {
              cacheName: 'ntm-api',
              networkTimeoutSeconds: 6,
              expiration: { maxEntries: 400, maxAgeSeconds: 14 * 24 * 3600 },
              // These functions are copied into the service worker as text: they may use only their arguments and `self`.
              plugins: [{
                cacheWillUpdate: async ({ response }) =>
                  response.status === 200 && (response.headers.get('content-type') ?? '').includes('application/json') ? response : null,
                cachedResponseWillBeUsed: async ({ request, cachedResponse }) => {
                  if (cachedResponse) {
                    const at = cachedResponse.headers.get('date');
                    const windows = await (self as any).clients.matchAll({ type: 'window' });
                    for (const w of windows) w.postMessage({ type: 'ntm:cached', url: request.url, at });
                  }
                  return cachedResponse;
                },
                fetchDidSucceed: async ({ request, response }) => {
                  const windows = await (self as any).clients.matchAll({ type: 'window' });
                  for (const w of windows) w.postMessage({ type: 'ntm:fresh', url: request.url });
                  return response;
                },
              }],
            },
          },
        ],
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    outDir: path.join(here, 'dist/web'),
    emptyOutDir: true,
    manifest: true, // the chunk graph, for the precache list and bench/field-weight.ts
    // Every page is its own chunk (web/app/router.tsx); the UI libraries are one file of about
    // 630 kB (190 kB gzipped), the app's frame another (web/features/offline/field-chunks.ts).
    // Warn when one grows past this.
    chunkSizeWarningLimit: 700,
    // A few files for the field path instead of a hundred small ones.
    rolldownOptions: { output: { codeSplitting: fieldChunkGroups(path.join(here, 'web')) } },
  },
  server: {
    port: 3300,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
