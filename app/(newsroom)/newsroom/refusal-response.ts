import 'server-only';
import { newsroomLanguage } from '@/app/(newsroom)/newsroom/newsroom-language';
import { newsroomStatusPage, statusOf } from '@/lib/newsroom/status-page';

/** The newsroom's 403 or 404 page, in the member's language, with its status code. */
export async function refusalResponse(kind: 'forbidden' | 'missing'): Promise<Response> {
  const { language } = await newsroomLanguage();
  return new Response(await newsroomStatusPage(language, kind), {
    status: statusOf[kind],
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store' },
  });
}
