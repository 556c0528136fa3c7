// Feature folders may carry their own strings (web/features/<name>/i18n/vi.json and en.json) so that
// several features grow without editing one shared file; they merge over the common vi.json/en.json.
export type Tree = { [key: string]: string | Tree };

/** Deep-merges translation trees; later trees win on the same key. */
export function mergeTrees(...trees: Tree[]): Tree {
  const out: Tree = {};
  for (const tree of trees) {
    for (const [k, v] of Object.entries(tree)) {
      const prev = out[k];
      out[k] = typeof v === 'object' && typeof prev === 'object' ? mergeTrees(prev, v) : v;
    }
  }
  return out;
}
