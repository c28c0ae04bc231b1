import { defineConfig } from 'drizzle-kit';

// drizzle-kit only generates and checks migrations here; it never connects to a database.
export default defineConfig({
  dialect: 'postgresql',
  schema: './lib/db/schema/index.ts',
  out: './drizzle',
  casing: 'snake_case',
});
