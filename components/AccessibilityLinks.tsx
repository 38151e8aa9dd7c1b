import { getTranslations } from 'next-intl/server';
import type { ServiceCode } from '@/i18n/services';

export const landmarkIds = { content: 'content', navigation: 'navigation', search: 'search-query' } as const;

/** The screen-reader block every page starts with; links become visible when focused. */
export async function AccessibilityLinks({ service }: { service: ServiceCode }) {
  const t = await getTranslations({ locale: service, namespace: 'a11y' });
  return (
    <nav className="a11y-links" aria-labelledby="a11y-links-heading">
      <h2 id="a11y-links-heading" className="visually-hidden">
        {t('heading')}
      </h2>
      <ul>
        <li>
          <a href={`#${landmarkIds.content}`}>{t('skipToContent')}</a>
        </li>
        <li>
          <a href={`#${landmarkIds.navigation}`}>{t('skipToNavigation')}</a>
        </li>
        <li>
          <a href={`#${landmarkIds.search}`}>{t('skipToSearch')}</a>
        </li>
      </ul>
    </nav>
  );
}
