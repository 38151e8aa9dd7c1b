import { getAuth } from '@/db/access/newsroom/auth';
import { isSameOrigin, seeOther } from '@/lib/newsroom/requests';

// Sign-out deletes the session row, so the old cookie is worthless even if it was copied.
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new Response('Cross-site request refused', { status: 403 });
  const response = seeOther('/newsroom/sign-in?notice=signedOut');
  try {
    const { headers } = await getAuth().api.signOut({ headers: request.headers, returnHeaders: true });
    for (const cookie of headers.getSetCookie()) response.headers.append('Set-Cookie', cookie);
  } catch {
    // No session to end: the member is signed out already.
  }
  return response;
}
