import { AccessDenied } from '@/db/access/newsroom/session';
import { getStaffMember, resetStaffPassword } from '@/db/access/newsroom/staff';
import { isSameOrigin } from '@/lib/newsroom/requests';
import { newsroomStatusPage, oneTimePasswordPage, statusOf } from '@/lib/newsroom/status-page';
import { newsroomLanguage } from '@/app/(newsroom)/newsroom/newsroom-language';
import { newsroomParams } from '@/app/(newsroom)/newsroom/guard';

// An admin's password reset is a plain form post, answered with the one-time password in this
// response's body: it is in no URL, no history entry and no later page, and it works without
// JavaScript (React's form state after a no-JavaScript post does not survive this app's renders).
export async function POST(request: Request, { params }: { params: Promise<{ member: string }> }) {
  if (!isSameOrigin(request)) return new Response('Cross-site request refused', { status: 403 });
  const { member: memberId } = newsroomParams('passwordReset', await params);
  const { staff, language } = await newsroomLanguage();
  const page = (html: string, status = 200) =>
    new Response(html, {
      status,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer' },
    });
  try {
    const member = await getStaffMember(memberId);
    const reset = member && (await resetStaffPassword(member.id));
    if (!member || !reset) return page(await newsroomStatusPage(language, 'missing'), statusOf.missing);
    return page(await oneTimePasswordPage(language, member, reset.password));
  } catch (error) {
    if (!(error instanceof AccessDenied)) throw error;
    if (!staff) return new Response('Sign in first', { status: 401, headers: { 'Cache-Control': 'no-store' } });
    return page(await newsroomStatusPage(language, 'forbidden'), statusOf.forbidden);
  }
}
