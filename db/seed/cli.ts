// `npm run seed`: migrates the database and adds the demo content that is missing;
// `npm run seed -- --articles N [--service CODE]` then adds N synthetic articles for scale
// tests, spread over the 27 services or all in one.
// Runs against PGlite (PGLITE_DIR) or, with DATABASE_URL, PostgreSQL.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isServiceCode, serviceCodes } from '@/i18n/services';
import { env } from '@/lib/env';
import { openDatabase } from '@/db/client';
import { seedDemo } from '@/db/seed/demo';
import { seedDemoStaff } from '@/db/seed/demo-staff';
import { seedSynthetic } from '@/db/seed/synthetic';

const { values } = parseArgs({
  options: { articles: { type: 'string' }, service: { type: 'string' } },
});
const synthetic = values.articles === undefined ? 0 : Number(values.articles);
if (!Number.isInteger(synthetic) || synthetic < 0 || synthetic > 10_000_000) {
  console.error('--articles takes a whole number of articles (0 to 10,000,000)');
  process.exit(2);
}
if (values.service !== undefined && !isServiceCode(values.service)) {
  console.error(`--service takes a service code: ${serviceCodes.join(', ')}`);
  process.exit(2);
}

const connection = openDatabase();
try {
  const started = Date.now();
  console.log(
    `Database: ${connection.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${path.resolve(env.PGLITE_DIR)}`}`,
  );
  await connection.migrate();
  console.log('Migrations applied.');
  await seedDemo(connection.db, path.resolve(env.MEDIA_DIR));
  if (connection.kind === 'pglite') await seedDemoStaff(connection.db);
  if (synthetic > 0) await seedSynthetic(connection.db, synthetic, values.service ? [values.service] : serviceCodes);
  console.log(`Content ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  await connection.close();
}
