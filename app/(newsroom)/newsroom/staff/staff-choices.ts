import 'server-only';
import { getTranslations } from 'next-intl/server';
import { services, type ServiceCode } from '@/i18n/services';
import { staffRoles } from '@/lib/newsroom/permissions';

/** The roles (in the admin's language) and services (in their own) that staff forms offer. */
export async function staffChoices(language: ServiceCode) {
  const t = await getTranslations({ locale: language, namespace: 'newsroom.roles' });
  return {
    roles: staffRoles.map((r) => ({ value: r, label: t(r) })),
    services: services.map((s) => ({ code: s.code, name: s.nativeName, lang: s.htmlLang })),
  };
}
