import { createTranslator } from 'next-intl';
import { heartbeat, takeOver } from '@/db/access/newsroom/presence';
import { AccessDenied, getCurrentStaff } from '@/db/access/newsroom/session';
import { messagesOf } from '@/i18n/messages';
import { parsePresenceForm } from '@/lib/newsroom/forms';
import { presenceView } from '@/lib/newsroom/presence-view';
import { isSameOrigin, readForm, seeOther } from '@/lib/newsroom/requests';
import { newsroomStatusPage, statusOf } from '@/lib/newsroom/status-page';
import { newsroomPaths } from '@/lib/routes';
import { newsroomParams } from '@/app/(newsroom)/newsroom/guard';

// The editor's presence island posts its heartbeat here ('beat', every HEARTBEAT_MS) and its
// take-over ('take-over'), and is answered with who has the article open, as JSON. Without
// JavaScript the take-over button is a plain form, answered with a 303 back to the editor.
export async function POST(request: Request, { params }: { params: Promise<{ service: string; id: string }> }) {
  if (!isSameOrigin(request)) return new Response('Cross-site request refused', { status: 403 });
  const { service, id } = newsroomParams('presence', await params);
  const staff = await getCurrentStaff();
  const signIn = () => new Response('Sign in first', { status: 401, headers: { 'Cache-Control': 'no-store' } });
  if (!staff) return signIn();
  const refuse = async (kind: 'forbidden' | 'missing') =>
    new Response(await newsroomStatusPage(staff.language, kind), {
      status: statusOf[kind],
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  const form = await readForm(request);
  const operation = form && parsePresenceForm(form);
  if (!operation) {
    const t = createTranslator({ locale: staff.language, messages: await messagesOf(staff.language), namespace: 'newsroom.presence' });
    return new Response(t('badRequest'), {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  try {
    const state = operation === 'beat' ? await heartbeat(service, id) : await takeOver(service, id);
    if (!state) return refuse('missing');
    if (!request.headers.get('accept')?.includes('application/json')) return seeOther(newsroomPaths.article(service, id));
    return Response.json(presenceView(state, staff.language), { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    if (!(error instanceof AccessDenied)) throw error;
    return error.reason === 'signed-out' ? signIn() : refuse('forbidden');
  }
}
