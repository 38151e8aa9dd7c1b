import { getTranslations } from 'next-intl/server';
import { getService, type ServiceCode } from '@/i18n/services';
import { formatServiceNumber } from '@/lib/numbers';

/** Plain links, so paging works without JavaScript and crawlers follow it. */
export async function Pagination({
  service,
  page,
  pageCount,
  hrefFor,
}: {
  service: ServiceCode;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations({ locale: service, namespace: 'pagination' });
  const n = (value: number) => formatServiceNumber(value, getService(service));
  return (
    <nav className="pagination" aria-label={t('label')}>
      {page > 1 && (
        <a href={hrefFor(page - 1)} rel="prev">
          {t('previous')}
        </a>
      )}
      <span aria-current="page">{t('pageOf', { page: n(page), total: n(pageCount) })}</span>
      {page < pageCount && (
        <a href={hrefFor(page + 1)} rel="next">
          {t('next')}
        </a>
      )}
    </nav>
  );
}
