// What a phone downloads on a cold open, from the build's chunk graph (Vite's .vite/manifest.json):
// the JavaScript and CSS, gzipped (as measured here with zlib level 9, and as brotli, which the server
// sends to browsers that accept it), needed to show the sign-in form and to show a usable workday
// form (home → workday list → record form), with the ratio to the goals of ≤ 130 kB JS and ≤ 40 kB CSS.
// Also what the service worker puts on the phone at the first visit (the precache list in sw.js).
//
//   npx vite build --outDir <folder>   (or npm run build: dist/web)
//   npx tsx bench/field-weight.ts [<folder>]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { coldOpenFiles, type BuildManifest } from '../web/features/offline/chunk-graph';
import { SIGN_IN_PAGES, WORKDAY_FORM_PAGES } from '../web/features/offline/field-pages';

const GOAL_JS = 130 * 1024;
const GOAL_CSS = 40 * 1024;

const dir = path.resolve(process.argv[2] ?? 'dist/web');
const manifestPath = path.join(dir, '.vite/manifest.json');
if (!fs.existsSync(manifestPath)) {
  console.error(`${manifestPath} is missing: build with the manifest (vite.config.ts has build.manifest) first.`);
  process.exit(1);
}
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as BuildManifest;

const sizes = new Map<string, { raw: number; gzip: number; brotli: number }>();
function size(file: string) {
  let s = sizes.get(file);
  if (!s) {
    const bytes = fs.readFileSync(path.join(dir, file));
    s = { raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length, brotli: zlib.brotliCompressSync(bytes).length };
    sizes.set(file, s);
  }
  return s;
}
const sum = (files: string[], k: 'raw' | 'gzip' | 'brotli') => files.reduce((n, f) => n + size(f)[k], 0);
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

const rows = [
  ['sign-in form', coldOpenFiles(manifest, SIGN_IN_PAGES)],
  ['usable workday form', coldOpenFiles(manifest, [...SIGN_IN_PAGES, ...WORKDAY_FORM_PAGES])],
] as const;

console.log(`build: ${dir}\n`);
console.log('cold open up to          | files JS/CSS | JS gzip (brotli)      | ÷ 130 kB | CSS gzip (brotli)   | ÷ 40 kB | JS+CSS raw');
for (const [label, { js, css }] of rows) {
  console.log([
    label.padEnd(24),
    `${js.length}/${css.length}`.padStart(12),
    `${kB(sum(js, 'gzip'))} (${kB(sum(js, 'brotli'))})`.padEnd(21),
    (sum(js, 'gzip') / GOAL_JS).toFixed(2).padStart(8),
    `${kB(sum(css, 'gzip'))} (${kB(sum(css, 'brotli'))})`.padEnd(19),
    (sum(css, 'gzip') / GOAL_CSS).toFixed(2).padStart(7),
    kB(sum(js, 'raw') + sum(css, 'raw')),
  ].join(' | '));
}

const sw = path.join(dir, 'sw.js');
if (fs.existsSync(sw)) {
  const precached = [...fs.readFileSync(sw, 'utf8').matchAll(/url:"([^"]+)"/g)].map((m) => m[1]).filter((u) => fs.existsSync(path.join(dir, u)));
  console.log(`\nprecache (first visit, in the background): ${precached.length} files, ${kB(sum(precached, 'raw'))} raw, ${kB(sum(precached, 'brotli'))} brotli`);
}
