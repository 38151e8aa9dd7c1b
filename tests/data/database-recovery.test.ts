import { sql } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { databaseAnswers, closeDatabase } from '@/db/connection-key';
import { getDb } from '@/db/access/connection';
import { articles } from '@/db/schema';

// When the process's database handle stops answering (PGlite closed under the app; PostgreSQL's
// pool ended), the next use opens a new one: the site recovers without a restart. The server asks
// whether the database answers to tell a failed write's cause (scripts/failure-response.ts).

const countArticles = async () => (await getDb().$count(articles)) as number;

describe('the database connection', () => {
  it('answers, stops answering once closed, and is opened again by the next use', async () => {
    const before = await countArticles();
    expect(before).toBeGreaterThan(0);
    expect(await databaseAnswers()).toBe(true);

    await closeDatabase();
    expect(await databaseAnswers()).toBe(false);

    expect(await countArticles()).toBe(before);
    expect(await databaseAnswers()).toBe(true);
  });

  it.runIf(inject('database').kind === 'postgres')('outlives the server ending its idle connections (a restart, a failover)', async () => {
    const before = await countArticles();
    // Several connections in the pool, then all but the asking one ended by the server.
    await Promise.all([countArticles(), countArticles(), countArticles()]);
    await getDb().execute(
      sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'idle'`,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await countArticles()).toBe(before);
  });
});
