// The translations are complete: Vietnamese and English have the same keys, every error code of
// the catalogue (domain/errors.ts) and every role has a text, and every literal key the web app
// asks for exists. No browser needed.
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { ERRORS } from '../domain/errors';
import { ROLES } from '../domain/roles';
import enBase from '../web/i18n/en.json' with { type: 'json' };
import viBase from '../web/i18n/vi.json' with { type: 'json' };
import { mergeTrees, type Tree } from '../web/i18n/merge';

// The common strings plus every feature's own web/features/<name>/i18n/<lang>.json, as the app merges them.
function featureTrees(lang: 'vi' | 'en'): Tree[] {
  const dir = path.join(import.meta.dirname, '..', 'web', 'features');
  return fs.readdirSync(dir).map((f) => path.join(dir, f, 'i18n', `${lang}.json`)).filter((p) => fs.existsSync(p))
    .map((p) => JSON.parse(fs.readFileSync(p, 'utf8')) as Tree);
}
const vi = mergeTrees(viBase as Tree, ...featureTrees('vi'));
const en = mergeTrees(enBase as Tree, ...featureTrees('en'));

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(d.name) ? [p] : [];
  });
}

const viKeys = new Set(keys(vi as Tree));
const enKeys = new Set(keys(en as Tree));

test('vi.json và en.json có cùng các khóa', () => {
  expect([...viKeys].filter((k) => !enKeys.has(k))).toEqual([]);
  expect([...enKeys].filter((k) => !viKeys.has(k))).toEqual([]);
});

test('mọi mã lỗi và vai trò đều có bản dịch', () => {
  // Error texts come from the catalogue (web/i18n/index.ts merges it in): each has both languages.
  for (const [code, def] of Object.entries(ERRORS)) {
    expect(def.vi.trim(), code).not.toBe('');
    expect(def.en.trim(), code).not.toBe('');
  }
  // The JSON files add only the client's own codes, never a stale copy of a catalogue text.
  const own = Object.keys((vi as unknown as { errors: Record<string, string> }).errors);
  expect(own.filter((c) => c in ERRORS)).toEqual([]);
  expect(ROLES.map((r) => `roles.${r}`).filter((k) => !viKeys.has(k))).toEqual([]);
});

test('mọi khóa dịch dùng trong web/ đều tồn tại', () => {
  const webDir = path.join(import.meta.dirname, '..', 'web');
  const used = new Set<string>();
  for (const file of sourceFiles(webDir)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.+]+)'/g)) used.add(m[1]);
    for (const m of text.matchAll(/label: '((?:nav)\.[a-zA-Z]+)'/g)) used.add(m[1]);
  }
  expect(used.size).toBeGreaterThan(50);
  const catalogue = new Set(Object.keys(ERRORS).map((c) => `errors.${c}`));
  // A key used with a count resolves to its plural forms (i18next: key_one, key_other).
  expect([...used].filter((k) => !viKeys.has(k) && !viKeys.has(`${k}_other`) && !catalogue.has(k))).toEqual([]);
});
