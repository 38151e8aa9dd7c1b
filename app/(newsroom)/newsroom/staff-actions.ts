'use server';

import { redirect } from 'next/navigation';
import { changeOwnPassword, changeStaffAccess, setStaffDisabled } from '@/db/access/newsroom/staff';
import { parsePasswordForm, parseStaffAccessForm } from '@/lib/newsroom/forms';
import { newsroomPaths, segments } from '@/lib/routes';
import { refusing } from '@/app/(newsroom)/newsroom/guard';

// Server Actions of staff management (admins) and of a member's own password. Each is a plain form
// answered with a redirect that names what happened (?notice=… or ?error=…): React's form state
// after a post sent before hydration (or without JavaScript) does not survive this app's renders,
// and a redirect does. The data-access layer checks the rights again; the member's id is parsed by
// the routing grammar's rule.

/** The member a form names, or the 404 page. */
function memberOf(form: FormData): string {
  const member = segments.member.safeParse(form.get('member'));
  if (!member.success) redirect(newsroomPaths.missing());
  return member.data;
}

const refusalKeys = { 'last-admin': 'lastAdmin', self: 'selfDisable' } as const;

export async function changeStaffAccessAction(form: FormData): Promise<void> {
  const member = memberOf(form);
  const back = newsroomPaths.staffMember(member);
  const parsed = parseStaffAccessForm(form);
  if (!parsed.ok) redirect(`${back}?error=${Object.values(parsed.errors)[0]?.key ?? 'required'}`);
  const result = await refusing(() => changeStaffAccess(member, parsed.value));
  if (result === 'not-found') redirect(newsroomPaths.missing());
  if (result === 'last-admin' || result === 'self') redirect(`${back}?error=${refusalKeys[result]}`);
  redirect(`${back}?notice=${result === 'changed' ? 'saved' : 'unchanged'}`);
}

/** Disable or enable, back to the member's page with what happened. */
export async function accountStateAction(form: FormData): Promise<void> {
  const member = memberOf(form);
  const disable = form.get('operation') === 'disable';
  const result = await refusing(() => setStaffDisabled(member, disable));
  if (result === 'not-found') redirect(newsroomPaths.missing());
  const back = newsroomPaths.staffMember(member);
  if (result === 'last-admin' || result === 'self') redirect(`${back}?error=${refusalKeys[result]}`);
  // Disabling a disabled account (or enabling an enabled one) changed nothing.
  if (result === 'unchanged') redirect(`${back}?notice=unchanged`);
  redirect(`${back}?notice=${disable ? 'disabledNotice' : 'enabledNotice'}`);
}

const passwordRefusals = { 'wrong-password': 'current.wrongPassword', same: 'next.samePassword' } as const;

/** A member's own password: back to the password page with the refused field and why (?error=field.key), or changed. */
export async function changePasswordAction(form: FormData): Promise<void> {
  const back = newsroomPaths.password();
  const parsed = parsePasswordForm(form);
  if (!parsed.ok) {
    const [field, error] = Object.entries(parsed.errors)[0];
    redirect(`${back}?error=${field}.${error.key}`);
  }
  const result = await refusing(() => changeOwnPassword(parsed.value.current, parsed.value.next));
  if (result !== 'changed') redirect(`${back}?error=${passwordRefusals[result]}`);
  redirect(`${back}?notice=changed`);
}
