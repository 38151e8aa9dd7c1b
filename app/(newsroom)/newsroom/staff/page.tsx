import { getTranslations } from 'next-intl/server';
import { StaffForm } from '@/components/newsroom/StaffForm';
import { listStaff } from '@/db/access/newsroom/staff';
import { getService } from '@/i18n/services';
import { formatServiceDate } from '@/lib/dates';
import { newsroomPaths } from '@/lib/routes';
import { addStaffAction } from '@/app/(newsroom)/newsroom/actions';
import { staffChoices } from '@/app/(newsroom)/newsroom/staff/staff-choices';
import { guard, queryValue } from '@/app/(newsroom)/newsroom/guard';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StaffPage({ searchParams }: Props) {
  const admin = await guard('staff');
  const created = queryValue((await searchParams).created);
  const [members, t, { roles, services }] = await Promise.all([
    listStaff(),
    getTranslations({ locale: admin.language, namespace: 'newsroom' }),
    staffChoices(admin.language),
  ]);
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
            <th scope="col">{t('staff.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('staff.manage')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <td>{m.name}</td>
              <td dir="ltr">{m.email}</td>
              <td>{t(`roles.${m.role}`)}</td>
              <td>{m.role === 'admin' ? t('staff.allServices') : m.services.map((s) => getService(s).nativeName).join(', ')}</td>
              <td>
                {m.disabledAt
                  ? `${t('staff.disabled')} (${formatServiceDate(m.disabledAt, getService(admin.language))})`
                  : t('staff.active')}
                {m.mustChangePassword && <>, {t('staff.mustChange')}</>}
              </td>
              <td>
                <a href={newsroomPaths.staffMember(m.id)} aria-label={t('staff.manageMember', { name: m.name })}>
                  {t('staff.manage')}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('staff.add')}</h2>
      <StaffForm
        action={addStaffAction}
        initial={{ values: { name: '', email: '', role: 'reporter', services: [], language: admin.language }, errors: {} }}
        roles={roles}
        services={services}
      />
    </section>
  );
}
