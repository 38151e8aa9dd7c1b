import 'server-only';
import { redirect } from 'next/navigation';
import { AccessDenied, requireStaff } from '@/db/access/newsroom/session';
import { isServiceCode, type ServiceCode } from '@/i18n/services';
import { newsroomPaths } from '@/lib/newsroom-routes';
import type { Capability, Staff } from '@/lib/newsroom/permissions';

/** The signed-in member with this right, or a redirect to sign in / to the 403 page. */
export async function guard(capability: Capability, service?: ServiceCode): Promise<Staff> {
  try {
    return await requireStaff(capability, service);
  } catch (error) {
    if (!(error instanceof AccessDenied)) throw error;
    redirect(error.reason === 'signed-out' ? newsroomPaths.signIn() : newsroomPaths.forbidden());
  }
}

export function serviceParam(value: string): ServiceCode {
  if (!isServiceCode(value)) redirect(newsroomPaths.missing());
  return value;
}

export function idParam(value: string): number {
  if (!/^[1-9]\d{0,9}$/.test(value) || Number(value) > 2_147_483_647) redirect(newsroomPaths.missing());
  return Number(value);
}

/** A single query-string value, or '' when absent or repeated. */
export const queryValue = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');
