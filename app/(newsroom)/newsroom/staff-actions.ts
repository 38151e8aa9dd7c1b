'use server';

import { redirect } from 'next/navigation';
import { changeOwnPassword, changeStaffAccess, setStaffDisabled } from '@/db/access/newsroom/staff';
import { parsePasswordForm, parseStaffAccessForm, type FieldErrors } from '@/lib/newsroom/forms';
import type { StaffChangeResult } from '@/lib/newsroom/types';
import { newsroomPaths, segments } from '@/lib/routes';
import { refusing } from '@/app/(newsroom)/newsroom/guard';

// Server Actions of staff management (admins) and of a member's own password. The data-access
// layer checks the rights again; the member's id is parsed by the routing grammar's rule.

type AccessState = { values: { role: string; services: string[] }; errors: FieldErrors; notice?: 'saved' | 'unchanged' };

/** The member an action names, or the 404 page. */
function memberOf(value: unknown): string {
  const member = segments.member.safeParse(value);
  if (!member.success) redirect(newsroomPaths.missing());
  return member.data;
}

const refusalKeys = { 'last-admin': 'lastAdmin', self: 'selfDisable' } as const;

export async function changeStaffAccessAction(memberId: string, _previous: AccessState, form: FormData): Promise<AccessState> {
  const member = memberOf(memberId);
  const values = { role: String(form.get('role') ?? ''), services: form.getAll('services').filter((s) => typeof s === 'string') };
  const parsed = parseStaffAccessForm(form);
  if (!parsed.ok) return { values, errors: parsed.errors };
  const result: StaffChangeResult = await refusing(() => changeStaffAccess(member, parsed.value));
  if (result === 'not-found') redirect(newsroomPaths.missing());
  if (result === 'last-admin' || result === 'self') return { values, errors: { form: { key: refusalKeys[result] } } };
  return { values, errors: {}, notice: result === 'changed' ? 'saved' : 'unchanged' };
}

/** Disable or enable (a plain form: it works without JavaScript), back to the member's page with what happened. */
export async function accountStateAction(form: FormData): Promise<void> {
  const member = memberOf(form.get('member'));
  const disable = form.get('operation') === 'disable';
  const result = await refusing(() => setStaffDisabled(member, disable));
  if (result === 'not-found') redirect(newsroomPaths.missing());
  const back = newsroomPaths.staffMember(member);
  if (result === 'last-admin' || result === 'self') redirect(`${back}?error=${refusalKeys[result]}`);
  redirect(`${back}?notice=${disable ? 'disabledNotice' : 'enabledNotice'}`);
}

const passwordRefusals = { 'wrong-password': { current: { key: 'wrongPassword' } }, same: { next: { key: 'samePassword' } } } as const;

export async function changePasswordAction(_previous: { errors: FieldErrors }, form: FormData): Promise<{ errors: FieldErrors }> {
  const parsed = parsePasswordForm(form);
  if (!parsed.ok) return { errors: parsed.errors };
  const result = await refusing(() => changeOwnPassword(parsed.value.current, parsed.value.next));
  if (result !== 'changed') return { errors: passwordRefusals[result] };
  redirect(`${newsroomPaths.password()}?notice=changed`);
}
