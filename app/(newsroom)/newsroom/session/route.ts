import { APIError } from 'better-auth/api';
import { getAuth } from '@/db/access/newsroom/auth';
import { clearSignInFailures, recordSignInFailure, signInWaitSeconds } from '@/db/access/newsroom/sign-in-throttle';
import { negotiateService } from '@/lib/accept-language';
import { parseSignInForm } from '@/lib/newsroom/forms';
import { newsroomPaths, newsroomReturnPath } from '@/lib/routes';
import { newsroomStatusPage } from '@/lib/newsroom/status-page';
import { clientAddress, isSameOrigin, readForm, seeOther } from '@/lib/newsroom/requests';

// Sign-in: the form posts here (it works without JavaScript). A wrong password sends the member
// back to the form with their e-mail kept; too many failures answer 429 with a wait time.
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new Response('Cross-site request refused', { status: 403 });
  const form = await readForm(request);
  const next = (typeof form?.get('next') === 'string' && newsroomReturnPath(String(form.get('next')))) || newsroomPaths.home();
  const input = form ? parseSignInForm(form) : null;
  const back = (email: string) => seeOther(`${newsroomPaths.signIn(next)}&error=invalid&email=${encodeURIComponent(email)}`);
  if (!input) return back(typeof form?.get('email') === 'string' ? String(form.get('email')).slice(0, 254) : '');

  const address = clientAddress(request);
  const wait = await signInWaitSeconds(input.email, address);
  if (wait > 0) {
    const language = negotiateService(request.headers.get('accept-language'));
    return new Response(await newsroomStatusPage(language, 'throttled', wait), {
      status: 429,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': String(wait), 'Cache-Control': 'no-store' },
    });
  }
  try {
    const { headers } = await getAuth().api.signInEmail({
      body: { email: input.email, password: input.password },
      headers: request.headers,
      returnHeaders: true,
    });
    await clearSignInFailures(input.email);
    const response = seeOther(next);
    for (const cookie of headers.getSetCookie()) response.headers.append('Set-Cookie', cookie);
    return response;
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    await recordSignInFailure(input.email, address);
    return back(input.email);
  }
}
