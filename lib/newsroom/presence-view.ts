import { getService, type ServiceCode } from '@/i18n/services';
import { formatServiceDate } from '@/lib/dates';
import type { PresenceState, PresenceView, PresentMember } from '@/lib/newsroom/types';

// The editor's presence island shows times as the member writes them (their own service's
// language, calendar and time zone), formatted on the server so the island ships no calendars.

export function presenceView(state: PresenceState, language: ServiceCode): PresenceView {
  const service = getService(language);
  const member = ({ name, since }: PresentMember): PresentMember<string> => ({ name, since: formatServiceDate(since, service) });
  return { ...state, holder: state.holder && member(state.holder), others: state.others.map(member) };
}
