import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { searchArticles } from '@/db/access/articles';
import { getLiveBreakingItem } from '@/db/access/breaking';
import { PageFrame } from '@/components/PageFrame';
import { Pagination } from '@/components/Pagination';
import { SearchResults } from '@/components/SearchResults';
import { getService } from '@/i18n/services';
import { pageMetadata } from '@/lib/metadata';
import { formatServiceNumber } from '@/lib/numbers';
import { paths } from '@/lib/routes';
import { routeParams } from '@/lib/route-params';
import { MAX_QUERY_LENGTH, parseSearchParams } from '@/lib/search-params';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const service = routeParams('search', await params).locale;
  const t = await getTranslations({ locale: service, namespace: 'search' });
  // Result pages are for readers, not for search engines' indexes.
  return {
    ...pageMetadata(getService(service), paths.search(service), {
      title: `${t('title')} | ${getService(service).brand}`,
      description: t('emptyQuery'),
    }),
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const service = routeParams('search', await params).locale;
  const { query, page, truncated } = parseSearchParams(await searchParams);
  const [t, breaking, results] = await Promise.all([
    getTranslations({ locale: service, namespace: 'search' }),
    getLiveBreakingItem(service),
    query ? searchArticles(service, query, page) : null,
  ]);
  return (
    <PageFrame service={service} breaking={breaking} query={query}>
      <div className="search-page">
        <h1>{query ? t('resultsFor', { query }) : t('title')}</h1>
        {truncated && <p role="status">{t('truncated', { max: formatServiceNumber(MAX_QUERY_LENGTH, getService(service)) })}</p>}
        {!results ? (
          <p>{t('emptyQuery')}</p>
        ) : results.total === 0 || results.hits.length === 0 ? (
          <p role="status">{t('nothingFound', { query })}</p>
        ) : (
          <>
            <p role="status">{t('resultCount', { count: results.total, n: formatServiceNumber(results.total, getService(service)) })}</p>
            <SearchResults service={service} hits={results.hits} />
            <Pagination
              service={service}
              page={Math.min(page, results.pageCount)}
              pageCount={results.pageCount}
              hrefFor={(p) => paths.search(service, query, p)}
            />
          </>
        )}
      </div>
    </PageFrame>
  );
}
