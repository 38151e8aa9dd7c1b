import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getService, services } from '@/i18n/services';
import { frontPageLanguages, pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: 'en', namespace: 'allSites' });
  const en = getService('en');
  return pageMetadata(en, paths.allSites(), {
    title: `${en.brand}: ${t('title')}`,
    description: t('intro', { brand: en.brand }),
    languages: frontPageLanguages(),
  });
}

/** Every service, each introduced in its own language. */
export default async function AllSitesPage() {
  const english = await getTranslations({ locale: 'en', namespace: 'allSites' });
  const intros = await Promise.all(
    services.map(async (s) => {
      const t = await getTranslations({ locale: s.code, namespace: 'allSites' });
      return { service: s, intro: t('intro', { brand: s.brand }) };
    }),
  );
  return (
    <main id="content" tabIndex={-1} className="content all-sites">
      <h1>{english('title')}</h1>
      <ul className="all-sites-list">
        {intros.map(({ service, intro }) => (
          <li key={service.code} lang={service.htmlLang} dir={service.dir}>
            <a href={paths.front(service.code)} hrefLang={service.hreflang}>
              <span className="all-sites-name">{service.nativeName}</span>
              <span className="all-sites-brand">{service.brand}</span>
            </a>
            <p>{intro}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
