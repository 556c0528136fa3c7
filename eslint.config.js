// Lint rules, with two of the project's own: domain/ stays pure (no I/O, imports only domain
// files), and a server module reaches another module only through that module's index.
import path from 'node:path';
import tseslint from 'typescript-eslint';

const boundaries = {
  rules: {
    'module-index-only': {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const file = context.filename;
        const mod = /server[\\/]modules[\\/]([^\\/]+)[\\/]/.exec(file)?.[1];
        return {
          ImportDeclaration(node) {
            const source = node.source.value;
            if (!mod || !source.startsWith('.')) return;
            const target = path.resolve(path.dirname(file), source);
            const m = /server[\\/]modules[\\/]([^\\/]+)[\\/](.+)$/.exec(target);
            if (m && m[1] !== mod && !/^index\.(js|ts)$/.test(m[2])) {
              context.report({ node, message: `Import module "${m[1]}" through its index.ts, not ${m[2]}.` });
            }
          },
        };
      },
    },
    'pure-domain': {
      meta: { type: 'problem', schema: [] },
      create(context) {
        return {
          ImportDeclaration(node) {
            const source = node.source.value;
            if (!source.startsWith('./') && node.importKind !== 'type') {
              context.report({ node, message: `domain/ is pure TypeScript: it may import only other domain files, not "${source}".` });
            }
          },
          'CallExpression[callee.name="fetch"]'(node) {
            context.report({ node, message: 'domain/ does no I/O.' });
          },
        };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'test-results/', 'playwright-report/', '.tmp/', '**/.tmp/'] }, // web/.tmp: links to engineers' own builds (vite's --outDir is relative to web/)
  ...tseslint.configs.recommended,
  {
    plugins: { ntm: boundaries },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'ntm/module-index-only': 'error',
    },
  },
  { files: ['domain/**/*.ts'], ignores: ['domain/**/*.test.ts'], rules: { 'ntm/pure-domain': 'error' } },
  // The web app's pages call the API through typedApi (web/lib/typed-api.ts), whose paths, bodies,
  // queries and answers are the generated OpenAPI types, not through the untyped `api` with a
  // hand-written type cast over the answer.
  {
    // The HTTP kit is what modules build on; the composition root (server/app.ts) is what mounts
    // them. A kit file importing a module would tie the two back together.
    files: ['server/http/**/*.ts'],
    ignores: ['server/http/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{
        group: ['**/modules/**', '**/demo/**', '../app.js'],
        message: 'The HTTP kit imports no module: mount routes in server/app.ts, the composition root.',
      }] }],
    },
  },
  {
    files: ['web/features/**/*.{ts,tsx}', 'web/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{
        group: ['**/lib/api'], importNames: ['api'],
        message: 'Call the API through typedApi (web/lib/typed-api.ts): the generated OpenAPI types check the path, body, query and answer.',
      }] }],
    },
  },
);
