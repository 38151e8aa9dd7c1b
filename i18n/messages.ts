import type { ServiceCode } from '@/i18n/services';
import type en from '@/messages/en.json';

export type Messages = typeof en;

/** A service's UI messages (one JSON file per service, identical keys). */
export async function messagesOf(code: ServiceCode): Promise<Messages> {
  // A template import, so each catalog is its own chunk loaded on demand.
  return (await import(`../messages/${code}.json`)).default;
}
