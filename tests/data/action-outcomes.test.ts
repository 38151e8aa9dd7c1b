import { and, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { breakingAction, endBreakingAction, type BreakingValues, type FormState } from '@/app/(newsroom)/newsroom/actions';
import { accountStateAction } from '@/app/(newsroom)/newsroom/staff-actions';
import { getDb } from '@/db/access/connection';
import { addBreakingItem } from '@/db/access/newsroom/breaking-desk';
import { breakingItems } from '@/db/schema';
import type { ServiceCode } from '@/i18n/services';
import { redirectOf } from '@/tests/support/action-redirect';
import { createStaff, testRun, type AccountSpec } from '@/tests/support/newsroom-data';

// An action that changes nothing says so: the newsroom's plain forms are answered by a redirect
// naming the outcome, and a write that matched nothing must not be reported as done.

const accounts = {
  desk: { name: 'Outcome desk', role: 'editor', services: ['fa', 'ru'], language: 'fa' },
  admin: { name: 'Outcome admin', role: 'admin', services: [], language: 'en' },
  member: { name: 'Outcome member', role: 'reporter', services: ['ru'], language: 'ru' },
} satisfies Record<string, AccountSpec>;
let team: Awaited<ReturnType<typeof createStaff<keyof typeof accounts>>>;

const fields = (values: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) form.set(name, value);
  return form;
};
const unused: FormState<BreakingValues> = { values: { text: '', link: '', minutes: '30' }, errors: {} };

async function liveItem(service: ServiceCode, text: string) {
  await addBreakingItem(service, { text, link: '', minutes: 30 });
  const [item] = await getDb()
    .select()
    .from(breakingItems)
    .where(and(eq(breakingItems.service, service), eq(breakingItems.text, text)));
  return item;
}

const itemNow = async (id: number) => (await getDb().select().from(breakingItems).where(eq(breakingItems.id, id)))[0];

beforeAll(async () => {
  team = await createStaff('outcomes', accounts);
});

beforeEach(() => team.as(null));

describe('the breaking desk', () => {
  it("ending or changing another service's item from this desk changes nothing and says so", async () => {
    team.as('desk');
    const item = await liveItem('ru', `Срочно: проверка ${testRun}`);
    expect(await redirectOf(endBreakingAction(fields({ service: 'fa', id: String(item.id) })))).toBe('/newsroom/fa/breaking?error=notLive');
    const edit = fields({ text: 'تغییر از میز دیگر', link: '', minutes: '30' });
    expect(await redirectOf(breakingAction('fa', item.id, unused, edit))).toBe('/newsroom/fa/breaking?error=notLive');
    expect(await itemNow(item.id)).toEqual(item);
  });

  it('an item ended once is not ended again', async () => {
    team.as('desk');
    const item = await liveItem('ru', `Срочно: дважды ${testRun}`);
    const end = () => endBreakingAction(fields({ service: 'ru', id: String(item.id) }));
    expect(await redirectOf(end())).toBe('/newsroom/ru/breaking?notice=endedOk');
    const ended = await itemNow(item.id);
    expect(ended.expiresAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await redirectOf(end())).toBe('/newsroom/ru/breaking?error=notLive');
    expect(await redirectOf(breakingAction('ru', item.id, unused, fields({ text: 'Снова', link: '', minutes: '30' })))).toBe(
      '/newsroom/ru/breaking?error=notLive',
    );
    expect(await itemNow(item.id)).toEqual(ended);
  });

  it('a live item of the desk is changed and ended as before', async () => {
    team.as('desk');
    const item = await liveItem('fa', `فوری: آزمون ${testRun}`);
    const edit = fields({ text: `فوری: آزمون تازه ${testRun}`, link: '', minutes: '30' });
    expect(await redirectOf(breakingAction('fa', item.id, unused, edit))).toBe('/newsroom/fa/breaking?notice=edited');
    expect((await itemNow(item.id)).text).toBe(`فوری: آزمون تازه ${testRun}`);
    expect(await redirectOf(endBreakingAction(fields({ service: 'fa', id: String(item.id) })))).toBe('/newsroom/fa/breaking?notice=endedOk');
  });
});

describe('staff accounts', () => {
  it('disabling a disabled account (or enabling an enabled one) answers that nothing changed', async () => {
    team.as('admin');
    const back = `/newsroom/staff/${team.ids.member}`;
    const state = (operation: 'disable' | 'enable') => accountStateAction(fields({ member: team.ids.member, operation }));
    expect(await redirectOf(state('enable'))).toBe(`${back}?notice=unchanged`);
    expect(await redirectOf(state('disable'))).toBe(`${back}?notice=disabledNotice`);
    expect(await redirectOf(state('disable'))).toBe(`${back}?notice=unchanged`);
    expect(await redirectOf(state('enable'))).toBe(`${back}?notice=enabledNotice`);
  });
});
