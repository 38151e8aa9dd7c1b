import { getRequestConfig } from 'next-intl/server';
import { defaultServiceCode, getService, isServiceCode } from '@/i18n/services';
import { messagesOf } from '@/i18n/messages';

export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const requested = explicit ?? (await requestLocale);
  const locale = requested && isServiceCode(requested) ? requested : defaultServiceCode;
  return {
    locale,
    messages: await messagesOf(locale),
    timeZone: getService(locale).timeZone,
  };
});
