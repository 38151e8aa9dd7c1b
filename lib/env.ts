import { z } from 'zod';

// Environment, parsed once where it enters. Everything inside reads `env`, never process.env.
const schema = z.object({
  DATABASE_URL: z.url().optional(),
  PGLITE_DIR: z.string().min(1).default('data/pglite'),
  MEDIA_DIR: z.string().min(1).default('data/media'),
});

export const env = schema.parse({
  DATABASE_URL: process.env.DATABASE_URL || undefined,
  PGLITE_DIR: process.env.PGLITE_DIR || undefined,
  MEDIA_DIR: process.env.MEDIA_DIR || undefined,
});
