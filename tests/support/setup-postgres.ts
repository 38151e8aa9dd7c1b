import { rmSync } from 'node:fs';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node';
import { prepareSeededDatabase } from '@/tests/support/seeded-database';

export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL!;
  // The test database is the test run's own: start it empty.
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query('DROP SCHEMA IF EXISTS public CASCADE; DROP SCHEMA IF EXISTS drizzle CASCADE; CREATE SCHEMA public;');
  await client.end();
  const mediaDir = await prepareSeededDatabase({ url });
  project.provide('database', { kind: 'postgres', url, mediaDir });
  return () => rmSync(mediaDir, { recursive: true, force: true });
}
