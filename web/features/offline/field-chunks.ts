// How the build groups its modules into files (rolldown's `output.codeSplitting.groups`, used by
// vite.config.ts; runs in Node only). Left to itself the bundler cuts the shared code into about a
// hundred small files, one per Mantine component, icon or API helper, and a phone on a weak signal
// pays a round trip (400 ms) and a set of headers for each: the workday form took 94 files. Grouped:
// - `ui`: the UI libraries (Mantine, its floating elements, icons, TanStack Query, the router,
//   i18next), one file kept by the browser for every page;
// - `field-layout`: the app's own code the signed-in layout needs (header, menu, the week kept);
// - `field-pages`: the app's own code the clerk's path needs besides (home, workday list, the record
//   form, drafts and outbox).
// - `shell`: the rest of what the entry loads before the first screen (React, the app's frame).
// Each page module stays a file of its own (the build manifest names it, chunk-graph.ts reads it).
// Office pages that share a module with a field file load that file too; the office works online.
// What the field path imports only later (photo resizing, EXIF, the date pickers) keeps its own file.
import path from 'node:path';
import { WORKDAY_FORM_PAGES } from './field-pages.ts';

/** The part of rolldown's chunking context used here. */
interface ChunkingContext {
  getModuleInfo(id: string): { importedIds: readonly string[]; dynamicImporters: readonly string[] } | null;
}

/** One group of rolldown's `output.codeSplitting.groups` (the fields used here). */
export interface ChunkGroup {
  name: string | ((id: string, ctx: ChunkingContext) => string | null);
  test?: RegExp | ((id: string) => boolean);
  priority?: number;
}

const UI_LIBRARIES = /[\\/]node_modules[\\/](@mantine[\\/](core|hooks|notifications|store)|@floating-ui|clsx|react-remove-scroll|react-style-singleton|use-callback-ref|use-sidecar|get-nonce|tslib|react-textarea-autosize|react-transition-group|@tabler|@tanstack|react-router|cookie|set-cookie-parser|i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/;
const isLibrary = (id: string) => id.includes(`${path.sep}node_modules${path.sep}`) || id.startsWith('\0');

/** The app's own modules `roots` import statically, the roots included (libraries are grouped by name). */
function appClosure(ctx: ChunkingContext, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id) || isLibrary(id)) continue;
    seen.add(id);
    for (const next of ctx.getModuleInfo(id)?.importedIds ?? []) stack.push(next);
  }
  return seen;
}

/** The groups for a build whose web root is `webRoot`; one call per build. */
export function fieldChunkGroups(webRoot: string): ChunkGroup[] {
  const [layout, ...pages] = WORKDAY_FORM_PAGES.map((p) => path.join(webRoot, p));
  let steps: Array<[string, Set<string>]> | null = null;
  const step = (id: string, ctx: ChunkingContext): string | null => {
    // A page (a module some code imports dynamically) stays its own file, named in the manifest.
    if (isLibrary(id) || (ctx.getModuleInfo(id)?.dynamicImporters.length ?? 0) > 0) return null;
    steps ??= [
      ['shell', appClosure(ctx, [path.join(webRoot, 'main.tsx')])],
      ['field-layout', appClosure(ctx, [layout])],
      ['field-pages', appClosure(ctx, [...pages, path.join(webRoot, 'features/field/OutboxBadge.tsx')])],
    ];
    return steps.find(([, reached]) => reached.has(id))?.[0] ?? null;
  };
  // Each group also takes the modules its own import (not already taken by a group before it):
  // hence the order, UI libraries first, then the shell (with React), the layout, the pages.
  const only = (name: string) => (id: string, ctx: ChunkingContext) => (step(id, ctx) === name ? name : null);
  return [
    { name: 'ui', test: UI_LIBRARIES, priority: 4 },
    { name: only('shell'), priority: 3 },
    { name: only('field-layout'), priority: 2 },
    { name: only('field-pages'), priority: 1 },
  ];
}
