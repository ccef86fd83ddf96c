import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Folders under src/ and the folders each may import from (design.md, "Layers"). */
const layers = {
  core: [],
  pipeline: ['core'],
  cli: ['core', 'pipeline'],
  shared: ['core'],
  platform: ['core', 'shared'],
  ui: ['core', 'shared'],
  content: ['core', 'shared', 'platform', 'ui'],
  background: ['core', 'shared', 'platform', 'ui'],
  popup: ['core', 'shared', 'platform', 'ui'],
  options: ['core', 'shared', 'platform', 'ui'],
  viewer: ['core', 'shared', 'platform', 'ui'],
};
const all = Object.keys(layers);

const layerRules = Object.entries(layers).map(([layer, allowed]) => {
  const forbidden = all.filter((l) => l !== layer && !allowed.includes(l));
  const patterns = [
    { group: forbidden.flatMap((l) => [`../${l}/*`, `../../${l}/*`, `../../../${l}/*`, `**/src/${l}/*`]),
      message: `src/${layer} may import only from: ${allowed.join(', ') || 'nothing of ours'} (design.md, Layers).` },
  ];
  if (layer !== 'platform') {
    patterns.push({ group: ['webextension-polyfill'], message: 'Only src/platform imports webextension-polyfill.' });
  }
  if (['core', 'shared', 'ui', 'platform', 'content', 'background', 'popup', 'options', 'viewer'].includes(layer)) {
    patterns.push({ group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'Browser code cannot use node modules.' });
  }
  return { files: [`src/${layer}/**/*.{ts,tsx}`], rules: { 'no-restricted-imports': ['error', { patterns }] } };
});

/** Markup parsing and code evaluation are banned in our code: the card must not be a way into the page. */
const unsafe = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'No innerHTML/outerHTML: build DOM nodes.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML.' },
  { selector: "CallExpression[callee.property.name=/^(write|writeln)$/][callee.object.name='document']", message: 'No document.write.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'test-results/', '.cache/', 'bench/vendor/', 'test/fixtures/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...unsafe],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Declared so that no-eval and no-implied-eval see `window.eval(s)` and `setTimeout(s)`.
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { window: 'readonly', self: 'readonly', globalThis: 'readonly', setTimeout: 'readonly', setInterval: 'readonly', document: 'readonly' } },
  },
  {
    files: ['scripts/**/*.js', 'bin/**/*.js', 'bench/**/*.js', '.ci/**/*.js'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', performance: 'readonly' } },
  },
  ...layerRules,
);
