import { describe, expect, it } from 'vitest';
import { services } from '@/i18n/services';
import { formatServiceDate } from '@/lib/dates';
import { presenceView } from '@/lib/newsroom/presence-view';

// The editor's presence island shows times in the member's own calendar, digits and time zone,
// whatever the service of the article.

const since = new Date('2025-03-14T10:32:00Z');
const opened = new Date('2025-03-14T10:40:00Z');
const state = {
  holding: false,
  holder: { name: 'Ն. Պետրոսյան', since },
  takenOver: true,
  others: [{ name: 'ویراستار', since: opened }],
  canTakeOver: true,
};

describe.each(services)('a member whose language is $code', (service) => {
  it("reads the holder's and the others' times in their own service's format", () => {
    expect(presenceView(state, service.code)).toEqual({
      ...state,
      holder: { name: 'Ն. Պետրոսյան', since: formatServiceDate(since, service) },
      others: [{ name: 'ویراستار', since: formatServiceDate(opened, service) }],
    });
  });
});

it('Persian members read Solar Hijri dates with Persian digits; Armenian members read Yerevan time', () => {
  expect(presenceView(state, 'fa').holder?.since).toMatch(/۱۴۰۳/);
  expect(presenceView(state, 'hy').holder?.since).toContain('14:32');
});
