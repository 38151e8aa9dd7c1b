import { getTranslations } from 'next-intl/server';
import { StaffForm } from '@/components/newsroom/StaffForm';
import { listStaff } from '@/db/access/newsroom/staff';
import { getService, services } from '@/i18n/services';
import { staffRoles } from '@/lib/newsroom/permissions';
import { addStaffAction } from '@/app/(newsroom)/newsroom/actions';
import { guard, queryValue } from '@/app/(newsroom)/newsroom/guard';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StaffPage({ searchParams }: Props) {
  const admin = await guard('staff');
  const created = queryValue((await searchParams).created);
  const [members, t] = await Promise.all([listStaff(), getTranslations({ locale: admin.language, namespace: 'newsroom' })]);
  const serviceChoices = services.map((s) => ({ code: s.code, name: s.nativeName, lang: s.htmlLang }));
  return (
    <section aria-labelledby="staff-title">
      <h1 id="staff-title">{t('staff.title')}</h1>
      {created && (
        <p role="status" className="form-notice">
          {t('staff.created', { email: created })}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('staff.name')}</th>
            <th scope="col">{t('staff.email')}</th>
            <th scope="col">{t('staff.role')}</th>
            <th scope="col">{t('staff.services')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <td>{m.name}</td>
              <td dir="ltr">{m.email}</td>
              <td>{t(`roles.${m.role}`)}</td>
              <td>{m.role === 'admin' ? t('staff.allServices') : m.services.map((s) => getService(s).nativeName).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('staff.add')}</h2>
      <StaffForm
        action={addStaffAction}
        initial={{ values: { name: '', email: '', role: 'reporter', services: [], language: admin.language }, errors: {} }}
        roles={staffRoles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        services={serviceChoices}
      />
    </section>
  );
}
