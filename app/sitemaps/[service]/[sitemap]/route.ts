import { newsSitemapArticles, sitemapArticles, type SitemapArticle } from '@/db/access/sitemaps';
import { getService, type Service } from '@/i18n/services';
import { routeParams } from '@/lib/route-params';
import { paths } from '@/lib/routes';
import { absoluteUrl } from '@/lib/urls';
import { xmlEscape, xmlStream } from '@/lib/xml';

// One service's sitemaps: pages.xml (front page, sections), N.xml (articles, 50,000 a file,
// streamed from paged queries) and news.xml (Google News: the last two days, at most 1,000).

const headers = { 'Cache-Control': 'public, s-maxage=300' };
const urlset = (extra = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${extra}>\n`;
const notFound = () => new Response('Not found', { status: 404 });

const articleEntries = (service: Service, chunk: SitemapArticle[]) =>
  chunk
    .map(
      (a) =>
        `<url><loc>${xmlEscape(absoluteUrl(paths.article(service.code, a.id, a.slug), service.code))}</loc><lastmod>${a.modifiedAt.toISOString()}</lastmod></url>\n`,
    )
    .join('');

async function* articleFile(service: Service, first: SitemapArticle[], rest: AsyncIterable<SitemapArticle[]>) {
  yield urlset();
  yield articleEntries(service, first);
  for await (const chunk of rest) yield articleEntries(service, chunk);
  yield '</urlset>\n';
}

async function pagesFile(service: Service): Promise<string> {
  const urls = [paths.front(service.code), ...service.sections.map((s) => paths.section(service.code, s))];
  return `${urlset()}${urls.map((u) => `<url><loc>${xmlEscape(absoluteUrl(u, service.code))}</loc></url>`).join('\n')}\n</urlset>\n`;
}

async function newsFile(service: Service): Promise<string> {
  const items = await newsSitemapArticles(service.code);
  const news = items
    .map(
      (a) =>
        `<url><loc>${xmlEscape(absoluteUrl(paths.article(service.code, a.id, a.slug), service.code))}</loc><news:news><news:publication><news:name>${xmlEscape(service.brand)}</news:name><news:language>${xmlEscape(service.hreflang)}</news:language></news:publication><news:publication_date>${a.publishedAt.toISOString()}</news:publication_date><news:title>${xmlEscape(a.headline)}</news:title></news:news></url>`,
    )
    .join('\n');
  return `${urlset(' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"')}${news}\n</urlset>\n`;
}

export async function GET(_request: Request, { params }: { params: Promise<{ service: string; sitemap: string }> }) {
  const { service: code, sitemap } = routeParams('sitemap', await params);
  const service = getService(code);
  const xml = { 'Content-Type': 'application/xml; charset=utf-8', ...headers };
  if (sitemap === 'pages') return new Response(await pagesFile(service), { headers: xml });
  if (sitemap === 'news') return new Response(await newsFile(service), { headers: xml });
  // A file past the service's last article has no first chunk: 404 before anything is sent.
  const chunks = sitemapArticles(code, Number(sitemap));
  const first = await chunks.next();
  if (first.done) return notFound();
  return xmlStream(articleFile(service, first.value, chunks), headers);
}
