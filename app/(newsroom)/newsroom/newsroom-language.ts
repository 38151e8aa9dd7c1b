import 'server-only';
import { headers } from 'next/headers';
import { getCurrentStaff } from '@/db/access/newsroom/session';
import type { ServiceCode } from '@/i18n/services';
import { negotiateService } from '@/lib/accept-language';
import type { Staff } from '@/lib/newsroom/permissions';

/** Staff read the newsroom in their own language; before signing in, in the browser's. */
export async function newsroomLanguage(): Promise<{ staff: Staff | null; language: ServiceCode }> {
  const staff = await getCurrentStaff();
  return { staff, language: staff?.language ?? negotiateService((await headers()).get('accept-language')) };
}
