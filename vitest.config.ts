import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.dirname(new URL(import.meta.url).pathname);
const integration = {
  include: ['tests/integration/**/*.test.ts'],
  testTimeout: 60_000,
  hookTimeout: 120_000,
};

export default defineConfig({
  resolve: {
    alias: { '@': root, 'server-only': path.join(root, 'tests/helpers/empty-module.ts') },
  },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'] } },
      { extends: true, test: { name: 'integration:pglite', ...integration, globalSetup: ['tests/helpers/global-setup-pglite.ts'], env: { TEST_DB_KIND: 'pglite' } } },
      // The same integration suite against a real PostgreSQL server, when CI (or you) provides one.
      ...(process.env.TEST_DATABASE_URL
        ? [{ extends: true as const, test: { name: 'integration:postgres', ...integration, globalSetup: ['tests/helpers/global-setup-postgres.ts'], env: { TEST_DB_KIND: 'postgres' } } }]
        : []),
    ],
  },
});
