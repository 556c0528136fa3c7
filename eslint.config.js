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

// The web app's features call the API through typedApi (web/lib/typed-api.ts), whose paths, bodies,
// queries and answers are the generated OpenAPI types, not through the untyped `api` with a
// hand-written type cast over the answer. These files still do; the list only shrinks.
const UNTYPED_API_CALLERS = [
  'web/features/audit/AuditPage.tsx',
  'web/features/auth/ChangePasswordPage.tsx',
  'web/features/auth/SignInPage.tsx',
  'web/features/campaigns/CampaignDays.tsx',
  'web/features/directives/CellInstances.tsx',
  'web/features/directives/DirectiveFormModal.tsx',
  'web/features/directives/ItemFormModal.tsx',
  'web/features/directives/MyTasksPage.tsx',
  'web/features/directives/TaskFormModal.tsx',
  'web/features/district/IssuerForm.tsx',
  'web/features/fund/EntriesTable.tsx',
  'web/features/fund/ExpenditureModal.tsx',
  'web/features/fund/FundReportsPanel.tsx',
  'web/features/fund/ImportContributionsModal.tsx',
  'web/features/fund/MoneyInModals.tsx',
  'web/features/fund/ReasonModal.tsx',
  'web/features/materials/EquipmentGuidance.tsx',
  'web/features/materials/InspectionForm.tsx',
  'web/features/materials/LotPage.tsx',
  'web/features/materials/MoveModal.tsx',
  'web/features/materials/ReceiptModal.tsx',
  'web/features/materials/SetupForms.tsx',
  'web/features/media/Broadcasts.tsx',
  'web/features/media/MediaPage.tsx',
  'web/features/media/PhotoLibrary.tsx',
  'web/features/offline/keep-week.ts',
  'web/features/public/PublicPage.tsx',
  'web/features/recipients/RecipientsCard.tsx',
  'web/features/recipients/RecipientsForm.tsx',
  'web/features/reports/ReportSettingsModal.tsx',
  'web/features/roads/AcceptanceForm.tsx',
  'web/features/roads/GeometryImportModal.tsx',
  'web/features/roads/RoadImportModal.tsx',
  'web/features/roads/RoadPage.tsx',
  'web/features/roads/SegmentActions.tsx',
  'web/features/roads/ThresholdsTable.tsx',
  'web/features/season/api.ts',
  'web/features/users/UserFormModal.tsx',
  'web/features/workdays/use-workday-check.ts',
];

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
    files: ['web/features/**/*.{ts,tsx}'],
    ignores: UNTYPED_API_CALLERS,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{
        group: ['**/lib/api'], importNames: ['api'],
        message: 'Call the API through typedApi (web/lib/typed-api.ts): the generated OpenAPI types check the path, body, query and answer.',
      }] }],
    },
  },
);
