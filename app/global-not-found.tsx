import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getService } from '@/i18n/services';
import { paths } from '@/lib/routes';
import '@/app/globals.css';

// For URLs outside every service that reach no route; the proxy sends most of those to a
// service's own localized 404 page instead.
const { brand } = getService('en');

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: 'en', namespace: 'errors' });
  return { title: `${t('notFoundTitle')} | ${brand}` };
}

export default async function GlobalNotFound() {
  const [t, sites] = await Promise.all([
    getTranslations({ locale: 'en', namespace: 'errors' }),
    getTranslations({ locale: 'en', namespace: 'allSites' }),
  ]);
  return (
    <html lang="en" dir="ltr">
      <body>
        <main id="content" className="content">
          <div className="error-message">
            <h1>{t('notFoundTitle')}</h1>
            <p>{t('notFoundBody')}</p>
            <p>
              <a href={paths.allSites()}>{sites('title')}</a>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
