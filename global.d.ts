import type en from '@/messages/en.json';
import type { ServiceCode } from '@/i18n/services';

declare module 'next-intl' {
  interface AppConfig {
    Locale: ServiceCode;
    Messages: typeof en;
  }
}
