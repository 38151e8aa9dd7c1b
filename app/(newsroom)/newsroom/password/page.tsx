import { getTranslations } from 'next-intl/server';
import { PasswordForm } from '@/components/newsroom/PasswordForm';
import { requireSignedIn } from '@/db/access/newsroom/session';
import { changePasswordAction } from '@/app/(newsroom)/newsroom/staff-actions';
import { queryValue, refusing } from '@/app/(newsroom)/newsroom/guard';
import { newsroomPaths } from '@/lib/routes';
import type { FieldError } from '@/lib/newsroom/forms';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/newsroom/password-rules';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The refusals changePasswordAction names in ?error=field.key, and what each says. */
const refusals: Record<string, [field: string, error: FieldError]> = {
  'current.required': ['current', { key: 'required' }],
  'current.wrongPassword': ['current', { key: 'wrongPassword' }],
  'next.passwordLength': ['next', { key: 'passwordLength', values: { min: MIN_PASSWORD_LENGTH } }],
  'next.tooLong': ['next', { key: 'tooLong', values: { max: MAX_PASSWORD_LENGTH } }],
  'next.samePassword': ['next', { key: 'samePassword' }],
  'confirm.passwordMismatch': ['confirm', { key: 'passwordMismatch' }],
};

/** A member's own password: where a reset sends them first, and where anyone may change theirs. */
export default async function PasswordPage({ searchParams }: Props) {
  const member = await refusing(() => requireSignedIn(), newsroomPaths.password());
  const query = await searchParams;
  const changed = queryValue(query.notice) === 'changed';
  const refusal = Object.hasOwn(refusals, queryValue(query.error)) ? refusals[queryValue(query.error)] : null;
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
      <PasswordForm action={changePasswordAction} errors={refusal ? { [refusal[0]]: refusal[1] } : {}} />
    </section>
  );
}
