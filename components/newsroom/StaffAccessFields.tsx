'use client';

import { useTranslations } from 'next-intl';
import { FieldMessage, invalidProps } from '@/components/newsroom/FieldMessage';
import type { FieldErrors } from '@/lib/newsroom/forms';

export type Choice = { value: string; label: string };
export type ServiceChoice = { code: string; name: string; lang: string };

/** A member's role and services, as the add form and the change form both ask for them. */
export function StaffAccessFields({
  idPrefix,
  values,
  errors,
  roles,
  services,
}: {
  idPrefix: string;
  values: { role: string; services: string[] };
  errors: FieldErrors;
  roles: Choice[];
  services: ServiceChoice[];
}) {
  const t = useTranslations('newsroom.staff');
  return (
    <>
      <label htmlFor={`${idPrefix}-role`}>{t('role')}</label>
      <select id={`${idPrefix}-role`} name="role" defaultValue={values.role}>
        {roles.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </select>
      <fieldset {...invalidProps(`${idPrefix}-services`, errors.services)}>
        <legend>{t('services')}</legend>
        {services.map((s) => (
          <label key={s.code} className="check">
            <input type="checkbox" name="services" value={s.code} defaultChecked={values.services.includes(s.code)} />{' '}
            <span lang={s.lang}>{s.name}</span>
          </label>
        ))}
        <FieldMessage id={`${idPrefix}-services`} error={errors.services} />
      </fieldset>
    </>
  );
}
