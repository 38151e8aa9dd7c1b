import type { Metadata } from 'next';
import { services, type SectionSlug, type Service } from '@/i18n/services';
import { paths } from '@/lib/routes';
import { absoluteUrl } from '@/lib/urls';

// Page metadata for crawlers and link previews: one absolute canonical URL per page, hreflang
// written by us (never next-intl's), Open Graph and Twitter cards with the 16:9 image.

export type PageImage = { file: string; alt: string };

/** Open Graph wants language_TERRITORY. */
function ogLocale(service: Service): string {
  return service.hreflang.replace('-', '_');
}

export function pageMetadata(
  service: Service,
  path: string,
  options: {
    title: string;
    description: string;
    /** hreflang → absolute URL of every version of this page, itself included */
    languages?: Record<string, string>;
    image?: PageImage;
    article?: { publishedTime: Date; modifiedTime: Date; section: string; authors: string[] };
    /** A section page also names the section's own feeds */
    feedSection?: { slug: SectionSlug; name: string };
  },
): Metadata {
  // Feed autodiscovery: the service's feeds on every page, a section's on its pages.
  const feed = (format: 'rss' | 'atom') => [
    { url: absoluteUrl(paths.feed(service.code, format), service.code), title: service.brand },
    ...(options.feedSection
      ? [
          {
            url: absoluteUrl(paths.feed(service.code, format, options.feedSection.slug), service.code),
            title: `${options.feedSection.name} | ${service.brand}`,
          },
        ]
      : []),
  ];
  const url = absoluteUrl(path, service.code);
  const image = options.image && {
    url: absoluteUrl(paths.media(options.image.file, 1280), service.code),
    width: 1280,
    height: 720,
    alt: options.image.alt,
  };
  const alternateLocales = services.filter((s) => s.code !== service.code && options.languages?.[s.hreflang]).map(ogLocale);
  return {
    title: options.title,
    description: options.description,
    alternates: {
      canonical: url,
      ...(options.languages ? { languages: options.languages } : {}),
      types: { 'application/rss+xml': feed('rss'), 'application/atom+xml': feed('atom') },
    },
    openGraph: {
      url,
      title: options.title,
      description: options.description,
      siteName: service.brand,
      locale: ogLocale(service),
      ...(alternateLocales.length ? { alternateLocale: alternateLocales } : {}),
      ...(image ? { images: [image] } : {}),
      ...(options.article
        ? {
            type: 'article',
            publishedTime: options.article.publishedTime.toISOString(),
            modifiedTime: options.article.modifiedTime.toISOString(),
            section: options.article.section,
            authors: options.article.authors,
          }
        : { type: 'website' }),
    },
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      title: options.title,
      description: options.description,
      ...(image ? { images: [image.url] } : {}),
    },
  };
}

/** Every service front page is a version of every other; x-default is the all-sites page. */
export function frontPageLanguages(): Record<string, string> {
  return {
    ...Object.fromEntries(services.map((s) => [s.hreflang, absoluteUrl(paths.front(s.code), s.code)])),
    'x-default': absoluteUrl(paths.allSites()),
  };
}
