'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FieldMessage, invalidProps } from '@/components/newsroom/FieldMessage';
import { StaffAccessFields, type Choice, type ServiceChoice } from '@/components/newsroom/StaffAccessFields';
import { MIN_PASSWORD_LENGTH } from '@/lib/newsroom/password-rules';
import type { FieldErrors } from '@/lib/newsroom/forms';

type Values = { name: string; email: string; role: string; services: string[]; language: string };
type State = { values: Values; errors: FieldErrors };

/** An administrator adds a member; a refused form comes back as typed (except the password). */
export function StaffForm({
  action,
  initial,
  roles,
  services,
}: {
  action: (previous: State, form: FormData) => Promise<State>;
  initial: State;
  roles: Choice[];
  services: ServiceChoice[];
}) {
  const t = useTranslations('newsroom.staff');
  const [state, formAction, pending] = useActionState(action, initial);
  const { values, errors } = state;
  return (
    <form action={formAction} className="stacked-form" key={JSON.stringify(values)}>
      <label htmlFor="staff-name">{t('name')}</label>
      <input id="staff-name" name="name" defaultValue={values.name} required maxLength={120} {...invalidProps('staff-name', errors.name)} />
      <FieldMessage id="staff-name" error={errors.name} />
      <label htmlFor="staff-email">{t('email')}</label>
      <input
        id="staff-email"
        name="email"
        type="email"
        defaultValue={values.email}
        required
        maxLength={254}
        dir="ltr"
        {...invalidProps('staff-email', errors.email)}
      />
      <FieldMessage id="staff-email" error={errors.email} />
      <label htmlFor="staff-password">{t('password')}</label>
      <input
        id="staff-password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        maxLength={256}
        dir="ltr"
        aria-describedby="staff-password-hint"
        {...invalidProps('staff-password', errors.password)}
      />
      <p id="staff-password-hint" className="hint">
        {t('passwordHint')}
      </p>
      <FieldMessage id="staff-password" error={errors.password} />
      <StaffAccessFields idPrefix="staff" values={values} errors={errors} roles={roles} services={services} />
      <label htmlFor="staff-language">{t('language')}</label>
      <select id="staff-language" name="language" defaultValue={values.language}>
        {services.map((s) => (
          <option key={s.code} value={s.code} lang={s.lang}>
            {s.name}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending}>
        {t('add')}
      </button>
    </form>
  );
}
