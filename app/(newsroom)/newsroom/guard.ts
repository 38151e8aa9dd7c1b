import 'server-only';
import { redirect } from 'next/navigation';
import { AccessDenied, requireStaff } from '@/db/access/newsroom/session';
import type { ServiceCode } from '@/i18n/services';
import type { Capability, Staff } from '@/lib/newsroom/permissions';
import { newsroomPaths, parseParams, type RouteName, type RouteParams } from '@/lib/routes';

// The newsroom's one mapping of a refusal to what the member gets: signed out → the sign-in page
// (and back here afterwards), a password reset by an admin → the password page, not allowed →
// the 403 page. Pages, Server Actions and previews use it.

const refusalPaths = {
  'signed-out': (returnTo?: string) => newsroomPaths.signIn(returnTo),
  'password-change': () => newsroomPaths.password(),
  forbidden: () => newsroomPaths.forbidden(),
};

/** Runs a data-access call; a refusal of rights becomes the 403 page or sign-in. */
export async function refusing<T>(work: () => Promise<T>, returnTo?: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof AccessDenied)) throw error;
    redirect(refusalPaths[error.reason](returnTo));
  }
}

/** The signed-in member with this right, or a redirect to sign in / to the 403 page. */
export function guard(capability: Capability, service?: ServiceCode, returnTo?: string): Promise<Staff> {
  return refusing(() => requireStaff(capability, service), returnTo);
}

/** A newsroom route's parameters (the proxy has checked them), or the 404 page. */
export function newsroomParams<R extends RouteName>(route: R, raw: Record<string, string | string[] | undefined>): RouteParams<R> {
  const params = parseParams(route, raw);
  if (!params) redirect(newsroomPaths.missing());
  return params;
}

/** A single query-string value, or '' when absent or repeated. */
export const queryValue = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');
