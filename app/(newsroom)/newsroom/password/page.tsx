import { getTranslations } from 'next-intl/server';
import { PasswordForm } from '@/components/newsroom/PasswordForm';
import { requireSignedIn } from '@/db/access/newsroom/session';
import { changePasswordAction } from '@/app/(newsroom)/newsroom/staff-actions';
import { queryValue, refusing } from '@/app/(newsroom)/newsroom/guard';
import { newsroomPaths } from '@/lib/routes';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A member's own password: where a reset sends them first, and where anyone may change theirs. */
export default async function PasswordPage({ searchParams }: Props) {
  const member = await refusing(() => requireSignedIn(), newsroomPaths.password());
  const changed = queryValue((await searchParams).notice) === 'changed';
  const t = await getTranslations({ locale: member.language, namespace: 'newsroom.password' });
  return (
    <section aria-labelledby="password-title">
      <h1 id="password-title">{t('title')}</h1>
      {changed && !member.mustChangePassword && (
        <p role="status" className="form-notice">
          {t('changed')}
        </p>
      )}
      {member.mustChangePassword && (
        <p role="alert" className="form-notice">
          {t('required')}
        </p>
      )}
      <PasswordForm action={changePasswordAction} />
    </section>
  );
}
