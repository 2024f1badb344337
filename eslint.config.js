import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

/** No HTML strings into the DOM: page and user text must only ever become text nodes. */
const noHtmlInjection = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Render text through JSX; never inject HTML.',
};
const noHtmlProperties = ['innerHTML', 'outerHTML', 'insertAdjacentHTML'].map((property) => ({
  property,
  message: 'Build DOM nodes or set textContent; never parse HTML from page or user text.',
}));

/**
 * Label tables are keyed by ids that come from data (stored entries, import files, content packs): read
 * them with labelOf() (components/label-of.ts) or Object.hasOwn, never `labels[id]`, which finds
 * "constructor" on every object.
 */
const noBareLabelLookup = {
  selector:
    'MemberExpression[computed=true][object.name=/[Ll]abels$/], MemberExpression[computed=true][object.property.name=/[Ll]abels$/]',
  message: 'Read label tables with labelOf() (components/label-of.ts) or Object.hasOwn: ids come from data.',
};

/** Import rules from ARCHITECTURE.md: who may depend on whom. */
const boundaries = [
  {
    target: './lib',
    from: ['./entrypoints', './components'],
    message: 'lib/ must not depend on entrypoints or UI.',
  },
  {
    target: './components',
    from: ['./lib/messaging', './entrypoints'],
    message: 'Components are presentational: pass data and callbacks in props.',
  },
  {
    target: './components',
    from: './lib/log',
    // Record shapes (types) are shared vocabulary; the database itself is not.
    except: ['./schema.ts'],
    message: 'Components are presentational: the log reaches them through props.',
  },
  {
    target: './lib/analysis',
    from: ['./lib/log', './lib/messaging', './lib/state', './lib/i18n'],
    message: 'Analysis is pure: (draft, profile, playbook) → result.',
  },
  {
    target: './lib/playbook',
    from: ['./lib/analysis', './lib/log', './lib/messaging', './lib/state', './lib/i18n'],
    message: 'The playbook is data: zod and platform types only.',
  },
  {
    target: './lib/log',
    from: [
      './lib/analysis',
      './lib/messaging',
      './lib/state',
      './lib/playbook',
      './lib/platforms',
      './lib/i18n',
    ],
    message: 'The log stands alone: idb and zod only.',
  },
  {
    target: './lib/platforms',
    from: ['./lib/log', './lib/playbook', './lib/analysis', './lib/state', './lib/i18n'],
    message: 'Platform adapters read the page; they know nothing of the rest.',
  },
  {
    target: './entrypoints/*.content.ts',
    from: ['./components', './lib/log', './lib/playbook', './lib/analysis', './lib/state', './lib/i18n'],
    message: 'Content scripts run inside social sites: keep them to adapters and messaging.',
  },
  {
    target: './entrypoints/background.ts',
    from: ['./components', './lib/state', './lib/i18n'],
    message: 'The background has no DOM and no UI.',
  },
  {
    target: './entrypoints/sidepanel',
    from: './lib/platforms',
    // Limits, host lists and types are shared data; adapters and the watcher are content-script code.
    except: ['./types.ts', './profiles.ts', './sites.ts'],
    message: 'Site adapters are content-script code.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'tests/e2e/fixtures/dist/**',
      'demo-output/**',
      'e2e-artifacts/**',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
    },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'idb', message: 'Use lib/log/repository.ts.' }] }],
      'no-restricted-syntax': ['error', noHtmlInjection, noBareLabelLookup],
    },
  },
  {
    // Tests build fixture pages from saved markup; the shipped code never does.
    files: ['**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', '**/__fixtures__/**', 'tests/**'],
    rules: { 'no-restricted-properties': ['error', ...noHtmlProperties] },
  },
  {
    files: ['lib/log/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'lib/**/*.ts'],
    ignores: ['lib/messaging/send.ts', 'lib/messaging/panel-behaviour.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'Browser APIs belong in entrypoints.' },
        'chrome',
      ],
      'no-restricted-syntax': [
        'error',
        noHtmlInjection,
        noBareLabelLookup,
        {
          selector: "ImportDeclaration[source.value='#imports'] ImportSpecifier[imported.name='browser']",
          message: 'Browser APIs belong in entrypoints (and lib/messaging/send.ts).',
        },
      ],
    },
  },
);
