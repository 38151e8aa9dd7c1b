import { afterAll, inject } from 'vitest';
import { closeDatabase } from '@/db/connection-key';

// Point the data layer at this run's database before any test module reads the environment.
const database = inject('database');
if (database.kind === 'postgres') process.env.DATABASE_URL = database.url;
else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = database.pgliteDir;
}
process.env.MEDIA_DIR = database.mediaDir;

afterAll(closeDatabase);

declare module 'vitest' {
  export interface ProvidedContext {
    database: { kind: 'pglite'; pgliteDir: string; mediaDir: string } | { kind: 'postgres'; url: string; mediaDir: string };
  }
}
// Staff sessions are signed; any fixed secret will do for tests.
process.env.BETTER_AUTH_SECRET ??= 'test-secret-for-staff-sessions-0123456789abcdef';
