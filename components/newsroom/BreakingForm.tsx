'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FieldMessage, invalidProps } from '@/components/newsroom/FieldMessage';
import { useMemberService } from '@/components/newsroom/use-member-service';
import { formatServiceNumber } from '@/lib/numbers';
import { breakingDurations, LIMITS } from '@/lib/newsroom/limits';
import type { FieldErrors } from '@/lib/newsroom/forms';

type Values = { text: string; link: string; minutes: string };
type State = { values: Values; errors: FieldErrors };

/** Puts a breaking item live or changes one; a refused form comes back as it was typed. */
export function BreakingForm({
  action,
  initial,
  submitLabel,
  idPrefix,
  textProps,
}: {
  action: (previous: State, form: FormData) => Promise<State>;
  initial: State;
  submitLabel: string;
  idPrefix: string;
  textProps: { lang: string; dir: 'ltr' | 'rtl' };
}) {
  const t = useTranslations('newsroom.breaking');
  const service = useMemberService();
  const [state, formAction, pending] = useActionState(action, initial);
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form action={formAction} className="stacked-form breaking-form" key={JSON.stringify(state.values)}>
      <label htmlFor={id('text')}>{t('text')}</label>
      <input
        id={id('text')}
        name="text"
        defaultValue={state.values.text}
        maxLength={LIMITS.breaking}
        required
        {...textProps}
        {...invalidProps(id('text'), state.errors.text)}
      />
      <FieldMessage id={id('text')} error={state.errors.text} />
      <label htmlFor={id('link')}>{t('link')}</label>
      <input
        id={id('link')}
        name="link"
        defaultValue={state.values.link}
        maxLength={LIMITS.link}
        dir="ltr"
        {...invalidProps(id('link'), state.errors.link)}
      />
      <FieldMessage id={id('link')} error={state.errors.link} />
      <label htmlFor={id('minutes')}>{t('duration')}</label>
      <select id={id('minutes')} name="minutes" defaultValue={state.values.minutes} {...invalidProps(id('minutes'), state.errors.minutes)}>
        {breakingDurations.map((m) => (
          <option key={m} value={m}>
            {t('minutes', { count: m, n: formatServiceNumber(m, service) })}
          </option>
        ))}
      </select>
      <FieldMessage id={id('minutes')} error={state.errors.minutes} />
      <button type="submit" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
