import { getTranslations } from 'next-intl/server';
import { getService, type ServiceCode } from '@/i18n/services';

export async function SiteFooter({ service }: { service: ServiceCode }) {
  const { brand } = getService(service);
  const t = await getTranslations({ locale: service, namespace: 'footer' });
  return (
    <footer className="site-footer">
      <p>{t('blurb', { brand })}</p>
      <p>
        <a href="#top">{t('backToTop')}</a>
      </p>
    </footer>
  );
}
