import { getTranslations } from 'next-intl/server';
import { services, type ServiceCode } from '@/i18n/services';
import { paths } from '@/lib/routes';

export type LanguageLink = { service: string; href: string };

/**
 * A disclosure of links, so it works without JavaScript. Services without the current story
 * link to their front page.
 */
export async function LanguageSwitcher({ service, links }: { service: ServiceCode; links: LanguageLink[] }) {
  const t = await getTranslations({ locale: service, namespace: 'header' });
  const hrefByService = new Map(links.map((l) => [l.service, l.href]));
  return (
    <details className="language-switcher">
      <summary>{t('languageSwitcher')}</summary>
      <ul aria-label={t('readInLanguage')}>
        {services.map((s) => (
          <li key={s.code}>
            <a
              href={hrefByService.get(s.code) ?? paths.front(s.code)}
              lang={s.htmlLang}
              hrefLang={s.hreflang}
              dir={s.dir}
              aria-current={s.code === service ? 'true' : undefined}
            >
              {s.nativeName}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
