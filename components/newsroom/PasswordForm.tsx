'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FieldMessage, invalidProps } from '@/components/newsroom/FieldMessage';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/newsroom/password-rules';
import type { FieldErrors } from '@/lib/newsroom/forms';

type State = { errors: FieldErrors };

const fields = [
  { name: 'current', autoComplete: 'current-password', minLength: 1 },
  { name: 'next', autoComplete: 'new-password', minLength: MIN_PASSWORD_LENGTH },
  { name: 'confirm', autoComplete: 'new-password', minLength: MIN_PASSWORD_LENGTH },
] as const;
const labels = { current: 'current', next: 'new', confirm: 'confirm' } as const;

/** A member replaces their password; passwords are never sent back into the form. */
export function PasswordForm({ action }: { action: (previous: State, form: FormData) => Promise<State> }) {
  const t = useTranslations('newsroom.password');
  const [state, formAction, pending] = useActionState(action, { errors: {} });
  return (
    <form action={formAction} className="stacked-form">
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
            {...invalidProps(`password-${f.name}`, state.errors[f.name])}
          />
          {f.name === 'current' && <p className="hint">{t('currentHint')}</p>}
          <FieldMessage id={`password-${f.name}`} error={state.errors[f.name]} />
        </div>
      ))}
      <button type="submit" disabled={pending}>
        {t('submit')}
      </button>
    </form>
  );
}
