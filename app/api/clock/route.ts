import { timingSafeEqual } from 'node:crypto';
import { tick } from '@/db/access/clock';

// Called by the server's own clock (scripts/site-server.ts) with a secret made for this process.
function authorised(request: Request): boolean {
  const secret = process.env.POLYPHONY_CLOCK_SECRET;
  const given = request.headers.get('x-clock-secret');
  if (!secret || !given || given.length !== secret.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(secret));
}

export async function POST(request: Request) {
  if (!authorised(request)) return Response.json({ error: 'forbidden' }, { status: 403 });
  return Response.json({ changed: await tick() }, { headers: { 'Cache-Control': 'no-store' } });
}
