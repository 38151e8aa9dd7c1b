import { getRequestConfig } from 'next-intl/server';
import { defaultServiceCode, getService, isServiceCode } from './services';

export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const requested = explicit ?? (await requestLocale);
  const locale = requested && isServiceCode(requested) ? requested : defaultServiceCode;
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    timeZone: getService(locale).timeZone,
  };
});
