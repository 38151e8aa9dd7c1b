import { getTranslations } from 'next-intl/server';
import { StaffAccessFields } from '@/components/newsroom/StaffAccessFields';
import { getStaffMember } from '@/db/access/newsroom/staff';
import { getService } from '@/i18n/services';
import { formatServiceDate } from '@/lib/dates';
import { newsroomPaths } from '@/lib/routes';
import { accountStateAction, changeStaffAccessAction } from '@/app/(newsroom)/newsroom/staff-actions';
import { staffChoices } from '@/app/(newsroom)/newsroom/staff/staff-choices';
import { guard, newsroomParams, queryValue } from '@/app/(newsroom)/newsroom/guard';

type Props = { params: Promise<{ member: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const notices = ['saved', 'unchanged', 'disabledNotice', 'enabledNotice'] as const;
const errors = ['lastAdmin', 'selfDisable', 'servicesRequired'] as const;

/** One member's account: role and services, disabling, and a password reset. */
export default async function StaffMemberPage({ params, searchParams }: Props) {
  const admin = await guard('staff');
  const { member: memberId } = newsroomParams('staffMember', await params);
  const query = await searchParams;
  const [member, t] = await Promise.all([getStaffMember(memberId), getTranslations({ locale: admin.language, namespace: 'newsroom' })]);
  if (!member)
    return (
      <section>
        <h1>{t('notFound.title')}</h1>
        <p>{t('notFound.body')}</p>
      </section>
    );
  const { roles, services } = await staffChoices(admin.language);
  const notice = notices.find((n) => n === queryValue(query.notice));
  const error = errors.find((e) => e === queryValue(query.error));
  return (
    <section aria-labelledby="member-title">
      <p>
        <a href={newsroomPaths.staff()}>{t('staff.back')}</a>
      </p>
      <h1 id="member-title">{t('staff.memberTitle', { name: member.name })}</h1>
      <p dir="ltr">{member.email}</p>
      {notice && (
        <p role="status" className="form-notice">
          {t(`staff.${notice}`)}
        </p>
      )}
      {error && error !== 'servicesRequired' && (
        <p role="alert" className="field-error">
          {t(`errors.${error}`)}
        </p>
      )}
      <h2>{t('staff.accessTitle')}</h2>
      <form action={changeStaffAccessAction} className="stacked-form">
        <input type="hidden" name="member" value={member.id} />
        <StaffAccessFields
          idPrefix="access"
          values={{ role: member.role, services: member.services }}
          errors={error === 'servicesRequired' ? { services: { key: error } } : {}}
          roles={roles}
          services={services}
        />
        <button type="submit">{t('staff.save')}</button>
      </form>
      <h2>{t('staff.accountTitle')}</h2>
      <p id="account-state">
        {t('staff.status')}: {t(member.disabledAt ? 'staff.disabled' : 'staff.active')}
        {member.mustChangePassword && <>, {t('staff.mustChange')}</>}
      </p>
      {member.disabledAt ? (
        <p>{t('staff.disabledSince', { time: formatServiceDate(member.disabledAt, getService(admin.language)) })}</p>
      ) : (
        <p id="disable-hint" className="hint">
          {t('staff.disableHint')}
        </p>
      )}
      <form action={accountStateAction}>
        <input type="hidden" name="member" value={member.id} />
        <input type="hidden" name="operation" value={member.disabledAt ? 'enable' : 'disable'} />
        <button type="submit" aria-describedby={member.disabledAt ? undefined : 'disable-hint'}>
          {t(member.disabledAt ? 'staff.enable' : 'staff.disable')}
        </button>
      </form>
      <h2>{t('staff.passwordTitle')}</h2>
      <form method="post" action={newsroomPaths.passwordReset(member.id)}>
        <p id="reset-hint" className="hint">
          {t('staff.resetHint')}
        </p>
        <button type="submit" aria-describedby="reset-hint">
          {t('staff.reset')}
        </button>
      </form>
    </section>
  );
}
