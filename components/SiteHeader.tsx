import { getTranslations } from 'next-intl/server';
import { getService, type ServiceCode } from '@/i18n/services';
import { paths } from '@/lib/routes';
import { landmarkIds } from '@/components/AccessibilityLinks';
import { LanguageSwitcher, type LanguageLink } from '@/components/LanguageSwitcher';
import { SearchForm } from '@/components/SearchForm';

export async function SiteHeader({
  service,
  languageLinks = [],
  currentSection,
  query,
}: {
  service: ServiceCode;
  languageLinks?: LanguageLink[];
  currentSection?: string;
  query?: string;
}) {
  const s = getService(service);
  const [t, sectionName] = await Promise.all([
    getTranslations({ locale: service, namespace: 'header' }),
    getTranslations({ locale: service, namespace: 'section' }),
  ]);
  return (
    <header className="site-header">
      <div className="masthead">
        <a className="brand" href={paths.front(service)} aria-label={t('homeLink', { brand: s.brand })}>
          {s.brand}
        </a>
        <div className="masthead-tools">
          <LanguageSwitcher service={service} links={languageLinks} />
          <a href={paths.allSites()}>{t('allSites')}</a>
        </div>
      </div>
      <nav id={landmarkIds.navigation} tabIndex={-1} aria-label={t('sectionsLabel')} className="section-nav">
        <ul>
          {s.sections.map((slug) => (
            <li key={slug}>
              <a href={paths.section(service, slug)} aria-current={slug === currentSection ? 'page' : undefined}>
                {sectionName(slug)}
              </a>
            </li>
          ))}
        </ul>
        <SearchForm service={service} query={query} />
      </nav>
    </header>
  );
}
