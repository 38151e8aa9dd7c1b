import { signInWithPassword } from '@/db/access/newsroom/sign-in';
import { negotiateService } from '@/lib/accept-language';
import { parseSignInForm } from '@/lib/newsroom/forms';
import { newsroomPaths, newsroomReturnPath } from '@/lib/routes';
import { newsroomStatusPage } from '@/lib/newsroom/status-page';
import { isSameOrigin, readForm, seeOther } from '@/lib/newsroom/requests';

// Sign-in: the form posts here (it works without JavaScript). A wrong password sends the member
// back to the form with their e-mail kept; a throttled attempt (sign-in-throttle.ts) answers 429
// with a wait time.
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new Response('Cross-site request refused', { status: 403 });
  const form = await readForm(request);
  const next = (typeof form?.get('next') === 'string' && newsroomReturnPath(String(form.get('next')))) || newsroomPaths.home();
  const input = form ? parseSignInForm(form) : null;
  const back = (email: string) => seeOther(`${newsroomPaths.signIn(next)}&error=invalid&email=${encodeURIComponent(email)}`);
  if (!input) return back(typeof form?.get('email') === 'string' ? String(form.get('email')).slice(0, 254) : '');

  const outcome = await signInWithPassword(input, request.headers);
  if (outcome.kind === 'throttled') {
    const language = negotiateService(request.headers.get('accept-language'));
    return new Response(await newsroomStatusPage(language, 'throttled', outcome.waitSeconds), {
      status: 429,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': String(outcome.waitSeconds), 'Cache-Control': 'no-store' },
    });
  }
  if (outcome.kind === 'invalid') return back(input.email);
  const response = seeOther(next);
  for (const cookie of outcome.setCookies) response.headers.append('Set-Cookie', cookie);
  return response;
}
