import { useLocale } from 'next-intl';
import { defaultServiceCode, getService, isServiceCode, type Service } from '@/i18n/services';

/** The service whose language the member's screens are in (the newsroom's client locale). */
export function useMemberService(): Service {
  const locale = useLocale();
  return getService(isServiceCode(locale) ? locale : defaultServiceCode);
}
