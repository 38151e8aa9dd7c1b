import 'server-only';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { env } from '@/lib/env';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/newsroom/password-rules';
import { hashPassword, verifyPassword } from '@/lib/newsroom/passwords';
import { CLIENT_ADDRESS_HEADER } from '@/lib/newsroom/requests';
import { eq } from 'drizzle-orm';
import { account, session, user, verification } from '@/db/schema';
import { getDb } from '@/db/access/connection';

// Staff sessions, by Better Auth on our own tables. Its HTTP handler is not mounted: the newsroom
// calls `auth.api` from its own route handlers, so there is no endpoint we do not check ourselves
// (sign-up is off, throttling is ours: see sign-in.ts and sign-in-throttle.ts).

function createAuth() {
  if (!env.BETTER_AUTH_SECRET) throw new Error('BETTER_AUTH_SECRET is not set: staff sessions cannot be signed (npm start makes one).');
  return betterAuth({
    secret: env.BETTER_AUTH_SECRET,
    baseURL: env.SITE_URL,
    database: drizzleAdapter(getDb(), { provider: 'pg', schema: { user, session, account, verification } }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    // A working day; not extended by use (the proxy reads sessions without writing cookies).
    session: { expiresIn: 60 * 60 * 12 },
    // A disabled account gets no session, whatever way it signs in.
    databaseHooks: {
      session: {
        create: {
          before: async ({ userId }) => {
            const [member] = await getDb().select({ disabledAt: user.disabledAt }).from(user).where(eq(user.id, userId));
            return member && !member.disabledAt ? undefined : false;
          },
        },
      },
    },
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    advanced: {
      useSecureCookies: env.NODE_ENV === 'production',
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
  });
}

type Auth = ReturnType<typeof createAuth>;
let auth: Auth | undefined;

/** Created on first use, so importing this module (e.g. during `next build`) opens nothing. */
export function getAuth(): Auth {
  return (auth ??= createAuth());
}
