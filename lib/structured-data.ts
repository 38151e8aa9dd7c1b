import type { Service, ServiceCode } from '@/i18n/services';
import type { Article } from '@/lib/content';
import { paths } from '@/lib/routes';
import { absoluteUrl } from '@/lib/urls';

// schema.org objects for search engines (JSON-LD). Fields follow Google's recommendations for
// news articles: crops of at least 50,000 pixels, dates with their zone, authors with URLs.

type Json = { [key: string]: unknown };

export function organization(service: Service): Json {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': absoluteUrl('/#organization', service.code),
    name: service.brand,
    url: absoluteUrl(paths.front(service.code), service.code),
    logo: { '@type': 'ImageObject', url: absoluteUrl('/logo.png', service.code), width: 512, height: 512 },
  };
}

export function website(service: Service): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: service.brand,
    url: absoluteUrl(paths.front(service.code), service.code),
    inLanguage: service.htmlLang,
    publisher: organization(service),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(paths.search(service.code), service.code)}?q={query}` },
      'query-input': 'required name=query',
    },
  };
}

export function organizationDocument(service: Service): Json {
  return { '@context': 'https://schema.org', ...organization(service) };
}

/** Image crops for rich results: 16x9, 4x3 and 1x1, each well over 50,000 pixels. */
export function imageCrops(file: string, service: string): string[] {
  return [
    absoluteUrl(paths.media(file, 1280, '16x9'), service),
    absoluteUrl(paths.media(file, 960, '4x3'), service),
    absoluteUrl(paths.media(file, 640, '1x1'), service),
  ];
}

export type TranslationRef = { service: ServiceCode; id: number; slug: string; htmlLang: string; publishedAt: Date };

export function newsArticle(article: Article, service: Service, sectionName: string, translations: TranslationRef[]): Json {
  const url = absoluteUrl(paths.article(service.code, article.id, article.slug), service.code);
  const work = (t: TranslationRef) => ({
    '@type': 'NewsArticle',
    '@id': absoluteUrl(paths.article(t.service, t.id, t.slug), t.service),
    inLanguage: t.htmlLang,
  });
  // The version published first counts as the original; the others are its translations.
  const others = translations.filter((t) => t.id !== article.id);
  const original = [...translations].sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime() || a.id - b.id)[0];
  const translationFields =
    others.length === 0
      ? {}
      : original && original.id !== article.id
        ? { translationOfWork: work(original) }
        : { workTranslation: others.map(work) };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    headline: article.headline,
    description: article.dek,
    articleSection: sectionName,
    inLanguage: service.htmlLang,
    isAccessibleForFree: true,
    datePublished: article.publishedAt.toISOString(),
    dateModified: (article.updatedAt ?? article.publishedAt).toISOString(),
    // schema.org's way of telling readers and search engines what a correction changed.
    ...(article.correction
      ? {
          correction: {
            '@type': 'CorrectionComment',
            text: article.correction,
            datePublished: (article.updatedAt ?? article.publishedAt).toISOString(),
          },
        }
      : {}),
    author: article.bylines.map((b) => ({
      '@type': 'Person',
      name: b.name,
      url: absoluteUrl(paths.author(service.code, b.slug), service.code),
    })),
    ...(article.image ? { image: imageCrops(article.image.file, service.code) } : {}),
    publisher: organization(service),
    ...translationFields,
  };
}

export function breadcrumbs(items: { name: string; url: string }[]): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}
