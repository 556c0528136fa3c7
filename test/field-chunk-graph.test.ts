// The chunk graph behind the service worker's precache and bench/field-weight.ts (issue 13): a cold
// open counts the entry and the page with their static imports and stylesheets, never the other
// pages the router may load; the offline list adds what a field page imports later.
import { describe, expect, it } from 'vitest';
import { coldOpenFiles, offlineFiles, type BuildManifest } from '../web/features/offline/chunk-graph.js';

const manifest: BuildManifest = {
  'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_vendor.js'], dynamicImports: ['features/a/WorkPage.tsx', 'features/map/MapPage.tsx'], css: ['assets/index-1.css'] },
  '_vendor.js': { file: 'assets/vendor-2.js' },
  '_form.js': { file: 'assets/form-3.js', imports: ['_vendor.js'], css: ['assets/form-3.css'] },
  'features/a/WorkPage.tsx': { file: 'assets/WorkPage-4.js', isDynamicEntry: true, imports: ['index.html', '_form.js'], dynamicImports: ['features/a/photo.ts'] },
  'features/a/photo.ts': { file: 'assets/photo-5.js', isDynamicEntry: true, assets: ['assets/marker-6.png'] },
  'features/map/MapPage.tsx': { file: 'assets/MapPage-7.js', isDynamicEntry: true, imports: ['index.html', '_leaflet.js'] },
  '_leaflet.js': { file: 'assets/leaflet-8.js' },
};

describe('chunk graph', () => {
  it('counts what a cold open of a page downloads: entry and page with their static imports and styles', () => {
    const { js, css } = coldOpenFiles(manifest, ['features/a/WorkPage.tsx']);
    expect(js.sort()).toEqual(['assets/WorkPage-4.js', 'assets/form-3.js', 'assets/index-1.js', 'assets/vendor-2.js']);
    expect(css.sort()).toEqual(['assets/form-3.css', 'assets/index-1.css']);
  });

  it('keeps for offline what the page may import later, but not the pages the router could open', () => {
    const files = offlineFiles(manifest, ['features/a/WorkPage.tsx']);
    expect(files).toContain('assets/photo-5.js');
    expect(files).toContain('assets/marker-6.png');
    expect(files).not.toContain('assets/MapPage-7.js');
    expect(files).not.toContain('assets/leaflet-8.js');
  });

  it('does not follow the router into every page when the router sits in a file the entry imports', () => {
    // The build's own grouping (field-chunks.ts): the entry is a few lines, the router is in `shell`.
    const grouped: BuildManifest = {
      'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_shell.js'] },
      '_shell.js': { file: 'assets/shell-2.js', dynamicImports: ['features/a/WorkPage.tsx', 'features/map/MapPage.tsx', 'features/offline/register.ts'] },
      'features/a/WorkPage.tsx': { file: 'assets/WorkPage-4.js', isDynamicEntry: true, imports: ['_shell.js'], dynamicImports: ['features/a/photo.ts'] },
      'features/a/photo.ts': { file: 'assets/photo-5.js', isDynamicEntry: true },
      'features/map/MapPage.tsx': { file: 'assets/MapPage-7.js', isDynamicEntry: true, imports: ['_shell.js'] },
      'features/offline/register.ts': { file: 'assets/register-8.js', isDynamicEntry: true, imports: ['_shell.js'] },
    };
    const files = offlineFiles(grouped, ['features/a/WorkPage.tsx']);
    expect(files.sort()).toEqual(['assets/WorkPage-4.js', 'assets/index-1.js', 'assets/photo-5.js', 'assets/shell-2.js']);
  });

  it('fails loudly on a page that is not in the build (a renamed file)', () => {
    expect(() => coldOpenFiles(manifest, ['features/a/Gone.tsx'])).toThrow(/features\/a\/Gone\.tsx/);
  });
});
