import { AccessDenied } from '@/db/access/newsroom/session';
import { resetStaffPassword } from '@/db/access/newsroom/staff';
import { isSameOrigin } from '@/lib/newsroom/requests';
import { oneTimePasswordPage } from '@/lib/newsroom/status-page';
import { newsroomLanguage } from '@/app/(newsroom)/newsroom/newsroom-language';
import { newsroomParams } from '@/app/(newsroom)/newsroom/guard';
import { refusalResponse } from '@/app/(newsroom)/newsroom/refusal-response';

// An admin's password reset is a plain form post, answered with the one-time password in this
// response's body: it is in no URL, no history entry and no later page, and it works without
// JavaScript (React's form state after a no-JavaScript post does not survive this app's renders).
export async function POST(request: Request, { params }: { params: Promise<{ member: string }> }) {
  if (!isSameOrigin(request)) return new Response('Cross-site request refused', { status: 403 });
  const { member: memberId } = newsroomParams('passwordReset', await params);
  const { staff, language } = await newsroomLanguage();
  try {
    const reset = await resetStaffPassword(memberId);
    if (!reset) return refusalResponse('missing');
    return new Response(await oneTimePasswordPage(language, reset.member, reset.password), {
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer' },
    });
  } catch (error) {
    if (!(error instanceof AccessDenied)) throw error;
    if (!staff) return new Response('Sign in first', { status: 401, headers: { 'Cache-Control': 'no-store' } });
    return refusalResponse('forbidden');
  }
}
