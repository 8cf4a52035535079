// The linter: typescript-eslint's recommended rules over everything we write. `npm test` runs it
// (tests/unit/house.test.ts) and fails on any finding.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/.perf/**', 'stats.html'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // `x!` after a check the compiler cannot follow (Map.get after has) is used deliberately.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests and tools read untyped JSON (CLI output, reports); `any` there is the honest type.
    files: ['tests/**', 'lib/tools/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
