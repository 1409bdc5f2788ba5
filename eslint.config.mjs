// One lint configuration for server, bench, tests and web pages. Type-aware rules are on where they catch real
// bugs (floating promises, unsafe any, misused promises); formatting is Prettier's job (eslint-config-prettier).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'bench/data/**',
      'bench/results/**',
      'test/generated/**',
      'test/clients/generated/**',
      'test/clients/relay/__generated__/**',
      'web/dashboard/generated/**',
      'src/db/migrations/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            'eslint.config.mjs',
            'bin/*.js',
            'test/vitest.config.mts',
            'test/vitest.quick.config.mts',
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    rules: {
      // The code fills a Map and reads it back, or reads a row it just wrote; strictNullChecks guards the rest.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // type-graphql object and input types are classes that resolvers legitimately build as plain objects.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      '@typescript-eslint/no-misused-spread': 'off',
      // Services are classes of static methods by design (STYLE.md §6: `EvidenceService`): one name per area to import.
      '@typescript-eslint/no-extraneous-class': ['error', { allowWithDecorator: true, allowStaticOnly: true }],
      // Async bodies without await satisfy Promise-returning interfaces (Apollo hooks, KeyValueCache, iterators, test doubles) and keep throws as rejections.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tests read GraphQL responses as untyped JSON on purpose: the assertions are the type check.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // afterAll guards `let hub: TestHub` that a failed beforeAll left unset; TypeScript types such a let as always set.
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    // The peer bench compares untyped JSON from two GraphQL servers and a SQL statement; the equality check it runs
    // before timing is the type check.
    files: ['bench/peer.ts', 'bench/peer-questions.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    // bin/ scripts are plain CommonJS run before the build exists.
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
      },
    },
  },
  prettier,
);
