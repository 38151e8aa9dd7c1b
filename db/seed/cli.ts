// `npm run seed`: migrates the database and adds the demo content that is missing.
// Runs against PGlite (PGLITE_DIR) or, with DATABASE_URL, PostgreSQL.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { env } from '../../lib/env';
import { openDatabase } from '../client';
import { seedDemo } from './demo';

const { values } = parseArgs({ options: { 'migrate-only': { type: 'boolean', default: false } } });

const connection = openDatabase();
try {
  const started = Date.now();
  console.log(`Database: ${connection.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${path.resolve(env.PGLITE_DIR)}`}`);
  await connection.migrate();
  console.log('Migrations applied.');
  if (!values['migrate-only']) {
    await seedDemo(connection.db, path.resolve(env.MEDIA_DIR));
    console.log(`Demo content ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
} finally {
  await connection.close();
}
