import { getTranslations } from 'next-intl/server';
import type { ServiceCode } from '@/i18n/services';
import { paths } from '@/lib/routes';
import { landmarkIds } from '@/components/AccessibilityLinks';

import { MAX_QUERY_LENGTH } from '@/lib/search-params';

export async function SearchForm({ service, query = '' }: { service: ServiceCode; query?: string }) {
  const t = await getTranslations({ locale: service, namespace: 'search' });
  return (
    <form role="search" action={paths.search(service)} method="get" className="search-form">
      <label htmlFor={landmarkIds.search} className="visually-hidden">
        {t('label')}
      </label>
      <input
        id={landmarkIds.search}
        type="search"
        name="q"
        defaultValue={query}
        placeholder={t('placeholder')}
        maxLength={MAX_QUERY_LENGTH}
      />
      <button type="submit">{t('submit')}</button>
    </form>
  );
}
