import { connection } from 'next/server';
import { absoluteUrl } from '@/lib/urls';

// Crawlers are kept out of the staff area; previews there carry noindex as well.
export async function GET() {
  await connection();
  const body = [
    'User-agent: *',
    'Disallow: /newsroom',
    'Disallow: /api/',
    'Allow: /',
    '',
    `Sitemap: ${absoluteUrl('/sitemap.xml')}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, s-maxage=3600' } });
}
