// Reads the build's chunk graph (Vite's .vite/manifest.json) to answer two questions: which files a
// cold open downloads before a page can show (the entry and the page with everything they import
// statically, and their stylesheets), and which files the phone needs to open a page offline (the
// same, plus whatever the page may import later). Used at build time by vite.config.ts (the service
// worker's precache) and by bench/field-weight.ts; runs in Node only.

/** One entry of Vite's build manifest (keys are source paths relative to the web root). */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
export type BuildManifest = Record<string, ManifestChunk>;

function entryKey(manifest: BuildManifest): string {
  const key = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!key) throw new Error('build manifest: no entry chunk');
  return key;
}

/**
 * `roots` and what they import statically; with `followDynamic`, also what they may import later,
 * except the dynamic imports of the chunks in `shell`: the entry and the files it imports hold the
 * router, whose dynamic imports are every page of the app (only a page's own count).
 */
function closure(manifest: BuildManifest, roots: string[], followDynamic: boolean, shell: Set<string> = new Set()): Set<string> {
  const seen = new Set<string>();
  const walk = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`build manifest: no chunk for ${key}`);
    seen.add(key);
    for (const k of chunk.imports ?? []) walk(k);
    if (followDynamic && !chunk.isEntry && !shell.has(key)) for (const k of chunk.dynamicImports ?? []) walk(k);
  };
  for (const r of roots) walk(r);
  return seen;
}

function files(manifest: BuildManifest, keys: Set<string>): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  for (const k of keys) {
    const chunk = manifest[k];
    if (chunk.file.endsWith('.js')) js.add(chunk.file);
    else if (chunk.file.endsWith('.css')) css.add(chunk.file);
    for (const c of chunk.css ?? []) css.add(c);
  }
  return { js: [...js], css: [...css] };
}

/** What a cold open downloads before `pages` (source paths under web/) can show: entry + pages, static imports only. */
export function coldOpenFiles(manifest: BuildManifest, pages: string[]): { js: string[]; css: string[] } {
  const entry = closure(manifest, [entryKey(manifest)], false);
  const pageKeys = closure(manifest, pages, false);
  return files(manifest, new Set([...entry, ...pageKeys]));
}

/** Every file `pages` may need offline: the cold-open files plus whatever the pages import later. */
export function offlineFiles(manifest: BuildManifest, pages: string[]): string[] {
  const entry = closure(manifest, [entryKey(manifest)], false);
  const pageKeys = closure(manifest, pages, true, entry);
  const all = new Set([...entry, ...pageKeys]);
  const { js, css } = files(manifest, all);
  const assets = [...all].flatMap((k) => manifest[k].assets ?? []);
  return [...js, ...css, ...assets];
}
