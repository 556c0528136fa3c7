// How the build groups its modules into files (rolldown's `output.codeSplitting`, used by
// vite.config.ts; runs in Node only). Left to itself the bundler cuts the shared code into about a
// hundred small files, one per Mantine component, icon or API helper, and a phone on a weak signal
// pays a round trip (400 ms) and a set of headers for each: the workday form took 94 files. Here
// every module the field path needs is placed in one of a few files, in the order a cold open
// needs them, each taking only what the ones before it do not have:
// - `shell`: what the entry and the sign-in form need (React, Mantine's provider and the few
//   components of the first screen, the router, i18next, the Vietnamese strings);
// - `field-layout`: what the signed-in layout adds (header, menu, the week kept on the phone);
// - `field-pages`: what the clerk's path adds (home, workday list, the record form, drafts, outbox);
// - `after-first-screen`: the notices' container and the service worker's registration;
// - `ui`: the rest of the UI libraries (the office pages' components), one file.
// Each page module stays a file of its own (the build manifest names it, chunk-graph.ts reads it).
// Office pages that share a module with a field file load that file too; the office works online.
// What the field path imports only later (photo resizing, EXIF, the date pickers) keeps its own file.
import path from 'node:path';
import { AFTER_FIRST_SCREEN, SIGN_IN_PAGES, WORKDAY_FORM_PAGES } from './field-pages.ts';

/** The part of rolldown's chunking context used here. */
interface ChunkingContext {
  getModuleInfo(id: string): { code: string | null; importedIds: readonly string[]; dynamicImporters: readonly string[] } | null;
}

/** One group of rolldown's `output.codeSplitting.groups` (the fields used here). */
export interface ChunkGroup {
  name: string | ((id: string, ctx: ChunkingContext) => string | null);
  test?: RegExp | ((id: string) => boolean);
  priority?: number;
}

const UI_LIBRARIES = /[\\/]node_modules[\\/](@mantine[\\/](core|hooks|notifications|store)|@floating-ui|clsx|react-remove-scroll|react-style-singleton|use-callback-ref|use-sidecar|get-nonce|tslib|react-textarea-autosize|react-transition-group|react-number-format|@tabler|@tanstack|react-router|cookie|set-cookie-parser|i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/;

// A library's index that only re-exports its parts (`import { Button } from '@mantine/core'`). The
// bundler keeps only the parts used anywhere in the app, but its module graph says the index needs
// every part: a page that uses two Mantine components would seem to need all of them. So an import
// from such an index is followed to the parts it names.
const BARREL = /[\\/]node_modules[\\/](@mantine[\\/][a-z]+[\\/]esm[\\/]index\.mjs|@tabler[\\/]icons-react[\\/]dist[\\/]esm[\\/]tabler-icons-react\.mjs)$/;
const NAMED_IMPORT = /\bimport\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g;
const NAMED_REEXPORT = /\bexport\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g;

/** `A`, `A as B`, `default as B` → [imported name, local name]. */
const specifiers = (list: string) => list.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
  const [from, , to] = s.split(/\s+/);
  return [from, to ?? from] as const;
});

/** The module a specifier of `importer` names, among those it imports. */
function resolve(importer: string, spec: string, imported: readonly string[]): string | undefined {
  if (spec.startsWith('.')) {
    const file = path.resolve(path.dirname(importer), spec);
    return imported.find((id) => id === file);
  }
  return imported.find((id) => id.includes(`${path.sep}node_modules${path.sep}${spec}${path.sep}`));
}

function reader(ctx: ChunkingContext) {
  const barrels = new Map<string, Map<string, string>>(); // index → exported name → the part's module
  const parts = (barrel: string) => {
    let map = barrels.get(barrel);
    if (!map) {
      map = new Map();
      const info = ctx.getModuleInfo(barrel);
      for (const re of [NAMED_IMPORT, NAMED_REEXPORT]) {
        for (const m of (info?.code ?? '').matchAll(re)) {
          const id = resolve(barrel, m[2], info?.importedIds ?? []);
          if (id) for (const [, local] of specifiers(m[1])) map.set(local, id);
        }
      }
      barrels.set(barrel, map);
    }
    return map;
  };
  /** The modules `id` needs statically, an index replaced by the parts `id` takes from it. */
  return (id: string): string[] => {
    const info = ctx.getModuleInfo(id);
    if (!info) return [];
    const out: string[] = [];
    for (const next of info.importedIds) {
      if (!BARREL.test(next)) {
        out.push(next);
        continue;
      }
      out.push(next); // the index itself (empty once bundled)
      const map = parts(next);
      const names = [...(info.code ?? '').matchAll(NAMED_IMPORT)]
        .filter((m) => resolve(id, m[2], [next]) === next)
        .flatMap((m) => specifiers(m[1]).map(([name]) => name));
      // Anything else (`import * as`, a name not found): all of it, to stay correct.
      const found = names.map((n) => map.get(n));
      if (names.length === 0 || found.some((f) => !f)) out.push(...new Set(map.values()));
      else out.push(...(found as string[]));
    }
    return out;
  };
}

/** Every module `roots` need statically, the roots included, through a library's index only to the parts named. */
function closure(needs: (id: string) => string[], roots: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    if (!BARREL.test(id)) for (const next of needs(id)) stack.push(next);
  }
  return seen;
}

/** The groups for a build whose web root is `webRoot`; one call per build. */
export function fieldChunkGroups(webRoot: string): { groups: ChunkGroup[]; includeDependenciesRecursively: false } {
  const [layout, ...pages] = WORKDAY_FORM_PAGES.map((p) => path.join(webRoot, p));
  let steps: Array<[string, Set<string>]> | null = null;
  const step = (id: string, ctx: ChunkingContext): string | null => {
    // A module some code imports dynamically (a page) stays a file of its own, named in the manifest.
    if ((ctx.getModuleInfo(id)?.dynamicImporters.length ?? 0) > 0) return null;
    if (!steps) {
      const needs = reader(ctx);
      steps = [];
      const taken = new Set<string>();
      for (const [name, roots] of [
        // offline-ready.ts: shared by the layout and the service worker's registration (a few hundred bytes).
        ['shell', [path.join(webRoot, 'main.tsx'), ...SIGN_IN_PAGES.map((p) => path.join(webRoot, p)), path.join(webRoot, 'features/offline/offline-ready.ts')]],
        ['field-layout', [layout]],
        ['field-pages', [...pages, path.join(webRoot, 'features/field/OutboxBadge.tsx')]],
        // The notices' container and the service worker's registration, loaded after the first screen.
        ['after-first-screen', AFTER_FIRST_SCREEN.map((p) => path.join(webRoot, p))],
      ] as const) {
        const mine = new Set([...closure(needs, [...roots])].filter((m) => !taken.has(m)));
        for (const m of mine) taken.add(m);
        steps.push([name, mine]);
      }
    }
    return steps.find(([, reached]) => reached.has(id))?.[0] ?? null;
  };
  return {
    // Every module of the field path is placed by name here, a group's imports included, so the
    // bundler does not pull a whole library index into a group after it.
    includeDependenciesRecursively: false,
    groups: [
      { name: step, priority: 2 },
      // The rest of the UI libraries (the office pages' components): one file too.
      { name: 'ui', test: UI_LIBRARIES, priority: 1 },
    ],
  };
}
