import { getTranslations } from 'next-intl/server';
import { getService } from '@/i18n/services';
import { newsroomPaths } from '@/lib/routes';
import { can, servicesOf } from '@/lib/newsroom/permissions';
import { guard } from '@/app/(newsroom)/newsroom/guard';

export default async function NewsroomHome() {
  const staff = await guard('write');
  const t = await getTranslations({ locale: staff.language, namespace: 'newsroom' });
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      <ul className="service-grid">
        {servicesOf(staff).map((code) => {
          const service = getService(code);
          return (
            <li key={code}>
              <a href={newsroomPaths.articles(code)} lang={service.htmlLang} dir={service.dir}>
                {service.nativeName}
              </a>
              {can(staff, 'breaking', code) && (
                <>
                  {' · '}
                  <a href={newsroomPaths.breaking(code)}>{t('nav.breaking')}</a>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
