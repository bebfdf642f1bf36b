import nx from '@nx/eslint-plugin';

/**
 * Who may import whom: ../shared/design.md, "Projects and who may import whom".
 * Internal: tags `scope:*`. Third-party runtime packages follow the same idea:
 * clipanion only in the app, faker only where data is invented, csv/parquet only in io.
 */
const allow = (...scopes) => scopes.map((s) => `scope:${s}`);
const everywhereBanned = ['clipanion', 'typanion'];
const dataPackages = ['@faker-js/faker'];
const ioPackages = ['csv-stringify', 'csv-parse', 'parquetjs-lite', '@duckdb/node-api', 'hyparquet'];
const heavy = ['natural'];

export const depConstraints = [
  { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
  {
    sourceTag: 'scope:features',
    onlyDependOnLibsWithTags: [],
    bannedExternalImports: [...everywhereBanned, ...dataPackages, ...ioPackages, ...heavy, 'seedrandom'],
  },
  {
    // schema imports the shared vocabulary (SOURCES, Source) from features, the lowest package that needs it.
    sourceTag: 'scope:schema',
    onlyDependOnLibsWithTags: allow('features'),
    bannedExternalImports: [...everywhereBanned, ...dataPackages, ...ioPackages, ...heavy],
  },
  {
    sourceTag: 'scope:random',
    onlyDependOnLibsWithTags: [],
    bannedExternalImports: [...everywhereBanned, ...dataPackages, ...ioPackages, ...heavy],
  },
  {
    sourceTag: 'scope:entities',
    onlyDependOnLibsWithTags: allow('schema', 'features', 'random'),
    bannedExternalImports: [...everywhereBanned, ...ioPackages, ...heavy],
  },
  {
    sourceTag: 'scope:noise',
    onlyDependOnLibsWithTags: allow('features', 'random'),
    bannedExternalImports: [...everywhereBanned, ...dataPackages, ...ioPackages, ...heavy],
  },
  {
    sourceTag: 'scope:pairing',
    onlyDependOnLibsWithTags: allow('features', 'random'),
    bannedExternalImports: [...everywhereBanned, ...dataPackages, ...ioPackages, ...heavy],
  },
  {
    sourceTag: 'scope:validation',
    onlyDependOnLibsWithTags: allow('schema', 'features'),
    bannedExternalImports: [...everywhereBanned, ...dataPackages, ...ioPackages, ...heavy],
  },
  {
    sourceTag: 'scope:io',
    onlyDependOnLibsWithTags: [],
    bannedExternalImports: [...everywhereBanned, ...dataPackages, ...heavy],
  },
  {
    // The whole run as a library: may import every lib; no lib imports it (no lib's allow list names it).
    sourceTag: 'scope:pipeline',
    onlyDependOnLibsWithTags: allow('features', 'schema', 'random', 'entities', 'noise', 'pairing', 'validation', 'io'),
    bannedExternalImports: [...everywhereBanned, ...dataPackages, ...ioPackages, ...heavy],
  },
  {
    sourceTag: 'scope:cli',
    onlyDependOnLibsWithTags: allow(
      'pipeline',
      'features',
      'schema',
      'random',
      'entities',
      'noise',
      'pairing',
      'validation',
      'io',
    ),
    bannedExternalImports: [...dataPackages, ...ioPackages, ...heavy],
  },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/out-tsc', '**/node_modules', 'data/**', 'reports/**', 'tmp/**'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.cts', '**/*.mts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints,
        },
      ],
    },
  },
  {
    // Tests may use oracles and independent readers that the runtime code must not.
    files: ['**/*.spec.ts', '**/testing-internal/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: depConstraints.map(({ bannedExternalImports, ...rest }) => rest),
        },
      ],
    },
  },
];
