import { connection } from 'next/server';
import { sitemapSummaries, URLS_PER_SITEMAP } from '@/db/access/sitemaps';
import { serviceCodes } from '@/i18n/services';
import { paths } from '@/lib/routes';
import { absoluteUrl } from '@/lib/urls';
import { xmlEscape } from '@/lib/xml';

// The sitemap index: per service, its pages, its articles split at 50,000 URLs, and its news.
export async function GET() {
  await connection();
  const summaries = new Map((await sitemapSummaries()).map((s) => [s.service, s]));
  const entries: string[] = [];
  const entry = (path: string, service: string, lastModified?: Date | null) =>
    `<sitemap><loc>${xmlEscape(absoluteUrl(path, service))}</loc>${lastModified ? `<lastmod>${lastModified.toISOString()}</lastmod>` : ''}</sitemap>`;
  for (const service of serviceCodes) {
    const summary = summaries.get(service);
    entries.push(entry(paths.sitemap(service, 'pages'), service, summary?.lastModified));
    const files = Math.ceil((summary?.articles ?? 0) / URLS_PER_SITEMAP);
    for (let n = 1; n <= files; n++) entries.push(entry(paths.sitemap(service, String(n)), service, summary?.lastModified));
    entries.push(entry(paths.sitemap(service, 'news'), service, summary?.lastModified));
  }
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`,
    { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, s-maxage=300' } },
  );
}
