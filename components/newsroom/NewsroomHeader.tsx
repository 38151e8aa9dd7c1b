import { getTranslations } from 'next-intl/server';
import type { ServiceCode } from '@/i18n/services';
import { newsroomPaths } from '@/lib/routes';
import { can, type Staff } from '@/lib/newsroom/permissions';

/** The staff area's masthead: where to go, who is signed in, and signing out. */
export async function NewsroomHeader({ staff, language }: { staff: Staff | null; language: ServiceCode }) {
  const t = await getTranslations({ locale: language, namespace: 'newsroom' });
  return (
    <header className="newsroom-header">
      <a className="newsroom-brand" href={newsroomPaths.home()}>
        {t('title')}
      </a>
      {staff && (
        <>
          {/* Until a reset password is replaced, the password page is the only place to go. */}
          {!staff.mustChangePassword && (
            <nav aria-label={t('nav.label')}>
              <ul>
                <li>
                  <a href={newsroomPaths.home()}>{t('nav.articles')}</a>
                </li>
                {can(staff, 'audit') && (
                  <li>
                    <a href={newsroomPaths.audit()}>{t('nav.audit')}</a>
                  </li>
                )}
                {can(staff, 'staff') && (
                  <li>
                    <a href={newsroomPaths.staff()}>{t('nav.staff')}</a>
                  </li>
                )}
                <li>
                  <a href={newsroomPaths.password()}>{t('nav.password')}</a>
                </li>
              </ul>
            </nav>
          )}
          <form method="post" action={newsroomPaths.signOut()} className="sign-out">
            <span>{t('nav.signedInAs', { name: staff.name, role: t(`roles.${staff.role}`) })}</span>{' '}
            <button type="submit">{t('nav.signOut')}</button>
          </form>
        </>
      )}
    </header>
  );
}
