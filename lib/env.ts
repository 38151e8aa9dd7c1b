import { z } from 'zod';
import { isServiceCode } from '@/i18n/services';

// Environment, parsed once where it enters. Everything inside reads `env`, never process.env.
const schema = z.object({
  DATABASE_URL: z.url().optional(),
  PGLITE_DIR: z.string().min(1).default('data/pglite'),
  MEDIA_DIR: z.string().min(1).default('data/media'),
  /** The public origin, for canonical URLs, sitemaps, feeds and structured data */
  SITE_URL: z.url().default('http://localhost:3000'),
  /** Signs staff session cookies; `npm start` makes one in data/ when it is not set */
  BETTER_AUTH_SECRET: z.string().min(32).optional(),
  /** production: session cookies are Secure */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Optional origin per service, for a broadcaster that runs one domain per service: "fa=https://fa.example,ru=https://ru.example" */
  SERVICE_ORIGINS: z
    .string()
    .default('')
    .transform((value, ctx) => {
      const origins: Record<string, string> = {};
      for (const pair of value
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)) {
        const [code, origin] = pair.split('=');
        if (!isServiceCode(code) || !z.url().safeParse(origin).success) {
          ctx.addIssue({ code: 'custom', message: `SERVICE_ORIGINS: "${pair}" is not service=https://origin` });
          continue;
        }
        origins[code] = new URL(origin).origin;
      }
      return origins;
    }),
});

export const env = schema.parse({
  DATABASE_URL: process.env.DATABASE_URL || undefined,
  PGLITE_DIR: process.env.PGLITE_DIR || undefined,
  MEDIA_DIR: process.env.MEDIA_DIR || undefined,
  SITE_URL: process.env.SITE_URL || undefined,
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET || undefined,
  NODE_ENV: process.env.NODE_ENV || undefined,
  SERVICE_ORIGINS: process.env.SERVICE_ORIGINS || undefined,
});
