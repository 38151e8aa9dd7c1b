'use client';

import { useTranslations } from 'next-intl';
import { FieldMessage, invalidProps } from '@/components/newsroom/FieldMessage';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/newsroom/password-rules';
import type { FieldErrors } from '@/lib/newsroom/forms';

const fields = [
  { name: 'current', autoComplete: 'current-password', minLength: 1 },
  { name: 'next', autoComplete: 'new-password', minLength: MIN_PASSWORD_LENGTH },
  { name: 'confirm', autoComplete: 'new-password', minLength: MIN_PASSWORD_LENGTH },
] as const;
const labels = { current: 'current', next: 'new', confirm: 'confirm' } as const;

/** A member replaces their password; a refusal comes back (after a redirect) as the field and why, never the passwords. */
export function PasswordForm({ action, errors }: { action: (form: FormData) => Promise<void>; errors: FieldErrors }) {
  const t = useTranslations('newsroom.password');
  return (
    <form action={action} className="stacked-form">
      {fields.map((f) => (
        <div key={f.name}>
          <label htmlFor={`password-${f.name}`}>{t(labels[f.name])}</label>
          <input
            id={`password-${f.name}`}
            name={f.name}
            type="password"
            dir="ltr"
            required
            autoComplete={f.autoComplete}
            minLength={f.minLength}
            maxLength={MAX_PASSWORD_LENGTH}
            {...invalidProps(`password-${f.name}`, errors[f.name])}
          />
          {f.name === 'current' && <p className="hint">{t('currentHint')}</p>}
          <FieldMessage id={`password-${f.name}`} error={errors[f.name]} />
        </div>
      ))}
      <button type="submit">{t('submit')}</button>
    </form>
  );
}
