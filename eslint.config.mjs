import next from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  { ignores: ['.next/**', 'node_modules/**', 'data/**', 'drizzle/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'bench-results/**'] },
  ...next,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Only lib/ talks to the database (STYLE.md, principle 2).
    files: ['app/**', 'components/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/lib/db/*', 'drizzle-orm', 'drizzle-orm/*'], message: 'Call a service in lib/ instead.', allowTypeImports: true }] },
      ],
    },
  },
  {
    // Reader pages link with plain <a> on purpose: a full load from the page cache, no prefetching on phones and
    // no link components to hydrate (README, "Where things are"). The newsroom keeps next/link.
    files: ['app/(site)/**', 'components/article/**', 'components/layout/**', 'components/ui/**'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
];

export default config;
