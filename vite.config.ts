// Builds the web app: sources in web/, output in dist/web (served by the API server, see
// server/http/app.ts). In development `npx vite` serves on :3300 and forwards /api to the API on :3000.
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: path.join(here, 'web'),
  plugins: [react()],
  build: {
    outDir: path.join(here, 'dist/web'),
    emptyOutDir: true,
    // React, Mantine and the app shell are the entry chunk (about 500 kB); every page is its own
    // chunk (web/app/router.tsx). Warn when the entry grows past this again.
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 3300,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
