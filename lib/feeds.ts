import { createHash } from 'node:crypto';
import { Feed } from 'feed';
import type { SectionSlug, Service } from '@/i18n/services';
import type { FeedItem } from '@/lib/content';
import { paths } from '@/lib/routes';
import { absoluteUrl } from '@/lib/urls';

// RSS 2.0 and Atom feeds of a service or one of its sections, answered with validators so feed
// readers can ask "anything new?" cheaply (If-None-Match / If-Modified-Since → 304).

export type FeedFormat = 'rss' | 'atom';

/** The newest editorial change among a feed's items: its updated time and Last-Modified. */
export function lastChange(items: FeedItem[]): Date | null {
  return items.reduce<Date | null>((latest, i) => (!latest || i.modifiedAt > latest ? i.modifiedAt : latest), null);
}

export function buildFeed(
  service: Service,
  format: FeedFormat,
  items: FeedItem[],
  labels: { title: string; description: string; sectionName: (slug: SectionSlug) => string },
  section?: SectionSlug,
): string {
  const updated = lastChange(items);
  const home = absoluteUrl(section ? paths.section(service.code, section) : paths.front(service.code), service.code);
  const feed = new Feed({
    id: home,
    link: home,
    title: labels.title,
    description: labels.description,
    language: service.hreflang,
    updated: updated ?? undefined,
    generator: false,
    image: absoluteUrl('/logo.png', service.code),
    favicon: absoluteUrl('/icon.svg', service.code),
    copyright: service.brand,
    feedLinks: {
      rss: absoluteUrl(paths.feed(service.code, 'rss', section), service.code),
      atom: absoluteUrl(paths.feed(service.code, 'atom', section), service.code),
    },
  });
  const bylineList = new Intl.ListFormat(service.formatLocale, { type: 'conjunction' });
  for (const item of items) {
    const link = absoluteUrl(paths.article(service.code, item.id, item.slug), service.code);
    feed.addItem({
      id: link,
      link,
      title: item.headline,
      description: item.dek,
      date: item.modifiedAt,
      published: item.publishedAt,
      category: [
        {
          name: labels.sectionName(item.section),
          term: item.section,
          domain: absoluteUrl(paths.section(service.code, item.section), service.code),
        },
      ],
      // Atom takes authors with names and links; RSS's <author> is an e-mail address, so RSS
      // readers get the names as Dublin Core creators instead.
      ...(format === 'atom'
        ? { author: item.bylines.map((b) => ({ name: b.name, link: absoluteUrl(paths.author(service.code, b.slug), service.code) })) }
        : item.bylines.length
          ? { extensions: [{ name: 'dc:creator', objects: { _text: bylineList.format(item.bylines.map((b) => b.name)) } }] }
          : {}),
      ...(item.image
        ? { image: { url: absoluteUrl(paths.media(item.image.file, 1280), service.code), type: 'image/webp', title: item.image.alt } }
        : {}),
    });
  }
  if (format === 'rss') return feed.rss2().replace('<rss version="2.0"', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"');
  // The library's Atom output leaves out the language; readers take it from xml:lang.
  return feed
    .atom1()
    .replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${service.hreflang}">`);
}

/** The feed, or 304 Not Modified when the reader already has this version. */
export function feedResponse(request: Request, xml: string, format: FeedFormat, lastModified: Date | null): Response {
  const etag = `"${createHash('sha256').update(xml).digest('base64url').slice(0, 27)}"`;
  const headers: Record<string, string> = {
    'Content-Type': format === 'rss' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8',
    'Cache-Control': 'public, max-age=300, s-maxage=300',
    ETag: etag,
  };
  if (lastModified) headers['Last-Modified'] = lastModified.toUTCString();
  const ifNoneMatch = request.headers.get('if-none-match');
  const ifModifiedSince = Date.parse(request.headers.get('if-modified-since') ?? '');
  const fresh = ifNoneMatch
    ? ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')
    : lastModified !== null && !Number.isNaN(ifModifiedSince) && Math.floor(lastModified.getTime() / 1000) * 1000 <= ifModifiedSince;
  return fresh ? new Response(null, { status: 304, headers }) : new Response(xml, { headers });
}
