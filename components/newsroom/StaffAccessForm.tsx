'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FieldMessage } from '@/components/newsroom/FieldMessage';
import { StaffAccessFields, type Choice, type ServiceChoice } from '@/components/newsroom/StaffAccessFields';
import type { FieldErrors } from '@/lib/newsroom/forms';

type State = { values: { role: string; services: string[] }; errors: FieldErrors; notice?: 'saved' | 'unchanged' };

/** An admin changes a member's role and services; a refusal (the last admin) comes back with the form as chosen. */
export function StaffAccessForm({
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
  return (
    <form action={formAction} className="stacked-form" key={JSON.stringify(state.values)}>
      {state.notice && (
        <p role="status" className="form-notice">
          {t(state.notice)}
        </p>
      )}
      <FieldMessage id="access-form" error={state.errors.form} />
      <StaffAccessFields idPrefix="access" values={state.values} errors={state.errors} roles={roles} services={services} />
      <button type="submit" disabled={pending}>
        {t('save')}
      </button>
    </form>
  );
}
