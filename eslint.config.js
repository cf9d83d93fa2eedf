// Lint rules: TypeScript strictness everywhere, a hard boundary around the engine, and the shared
// stage kept below the DOM panels and the Phaser scenes.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const engineBoundary = {
  files: ['src/engine/**/*.ts'],
  languageOptions: { globals: {} },
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: '^(?!\\.{1,2}/|seedrandom$)',
            message: 'src/engine is pure: it imports only its own modules and seedrandom.',
          },
          {
            regex: '^\\.\\./\\.\\./',
            message: 'src/engine must not import from outside src/engine.',
          },
        ],
      },
    ],
    'no-restricted-properties': [
      'error',
      { object: 'Math', property: 'random', message: 'Use the seeded streams in rng.ts.' },
      { object: 'Date', property: 'now', message: 'The engine has no clock.' },
      { object: 'performance', property: 'now', message: 'The engine has no clock.' },
    ],
    'no-restricted-syntax': [
      'error',
      { selector: "NewExpression[callee.name='Date']", message: 'The engine has no clock.' },
    ],
    'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
  },
};

// Outside src/engine the engine is reached only through its two entry points: src/engine (the
// simulation) and src/engine/bots (bots, balance, adversaries: loaded apart, on demand). Engine
// unit tests may open any module they test.
const engineEntry = {
  files: ['src/**/*.ts', 'tests/**/*.ts'],
  ignores: ['src/engine/**', 'tests/engine/**'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: '(^|/)engine/(?!bots$)',
            message: 'Import the engine from src/engine or src/engine/bots, its entry points.',
          },
        ],
      },
    ],
  },
};

// src/stage is what the DOM panels and the Phaser scenes share (the floor's view, layout, palette,
// screens): it sits below both, so it imports only its own modules.
const stageBoundary = {
  files: ['src/stage/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: '^(?!\\./)',
            message: 'src/stage sits below src/ui and src/game: it imports only its own modules.',
          },
        ],
      },
    ],
  },
};

// The scenes draw what the FloorFeed shows: src/game reads src/stage, never the panels, the store
// or the engine. (Later blocks replace the rule for their files, so each keeps its own boundary.)
const gameBoundary = {
  files: ['src/game/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: '(^|/)(ui|store|engine)(/|$)',
            message:
              'src/game draws from the FloorFeed: it imports src/stage, never src/ui, src/store or src/engine.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-results/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  engineBoundary,
  engineEntry,
  stageBoundary,
  gameBoundary,
);
