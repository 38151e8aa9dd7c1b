import 'server-only';
import { APIError } from 'better-auth/api';
import { getAuth } from '@/db/access/newsroom/auth';
import { recordSignInFailure, recordSignInSuccess, signInWaitSeconds } from '@/db/access/newsroom/sign-in-throttle';
import type { SignInInput } from '@/lib/newsroom/forms';
import { clientAddress } from '@/lib/newsroom/requests';

// One sign-in attempt with its throttling (sign-in-throttle.ts): refused before the password is
// checked while this e-mail and client must wait, counted when it fails, remembered when it succeeds.

export type SignInOutcome = { kind: 'signed-in'; setCookies: string[] } | { kind: 'invalid' } | { kind: 'throttled'; waitSeconds: number };

/** `headers` are the request's: Better Auth and the throttle read the client address from them. */
export async function signInWithPassword(input: SignInInput, headers: Headers, now = new Date()): Promise<SignInOutcome> {
  const address = clientAddress(headers);
  const waitSeconds = await signInWaitSeconds(input.email, address, now);
  if (waitSeconds > 0) return { kind: 'throttled', waitSeconds };
  try {
    const { headers: answer, response } = await getAuth().api.signInEmail({
      body: { email: input.email, password: input.password },
      headers,
      returnHeaders: true,
    });
    await recordSignInSuccess(response.user, address, now);
    return { kind: 'signed-in', setCookies: answer.getSetCookie() };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    await recordSignInFailure(input.email, address, now);
    return { kind: 'invalid' };
  }
}
