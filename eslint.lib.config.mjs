import jsoncParser from 'jsonc-eslint-parser';
import baseConfig from './eslint.config.mjs';

/**
 * ESLint config of every publishable lib (libs/<name>/eslint.config.mjs re-exports it): the root config plus
 * `@nx/dependency-checks`, which keeps each package.json's dependencies equal to what its sources import
 * (tests and test-only helpers excluded).
 */
export default [
  ...baseConfig,
  {
    files: ['**/*.json'],
    rules: {
      '@nx/dependency-checks': [
        'error',
        {
          ignoredFiles: [
            '{projectRoot}/eslint.config.{js,cjs,mjs,ts,cts,mts}',
            '{projectRoot}/src/**/*.spec.ts',
            '{projectRoot}/src/testing-internal/**',
          ],
        },
      ],
    },
    languageOptions: { parser: jsoncParser },
  },
];
