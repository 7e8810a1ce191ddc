import { defineConfig } from 'drizzle-kit';

// Generated migrations are reviewed before commit: a table rebuild must never drop child rows (DESIGN §6).
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
