'use server';

import { redirect } from 'next/navigation';
import { addBreakingItem, editBreakingItem, endBreakingItem } from '@/db/access/newsroom/breaking-desk';
import { createTranslationDraft } from '@/db/access/newsroom/translations';
import { publishArticle, scheduleArticle, unpublishArticle } from '@/db/access/newsroom/article-lifecycle';
import { restoreRevision } from '@/db/access/newsroom/revisions';
import { markSourceReviewed } from '@/db/access/newsroom/source-changes';
import { saveArticle } from '@/db/access/newsroom/article-save';
import { getCurrentStaff } from '@/db/access/newsroom/session';
import { addStaffAccount } from '@/db/access/newsroom/staff';
import { getService, isServiceCode, type ServiceCode } from '@/i18n/services';
import {
  articleFormValues,
  parseArticleForm,
  parseBreakingForm,
  parseScheduleTime,
  parseStaffForm,
  type ArticleFormValues,
  type FieldErrors,
} from '@/lib/newsroom/forms';
import { newsroomPaths, segments } from '@/lib/routes';
import { refusing } from '@/app/(newsroom)/newsroom/guard';
import { formatServiceDate } from '@/lib/dates';
import { conflictError } from '@/lib/newsroom/conflict';
import type { LockRefusal } from '@/lib/newsroom/types';

// Server Actions of the newsroom. Each parses its form here, once; the data-access layer checks
// the member's rights for the service again (an action is a public endpoint: hiding its button
// protects nothing). Next refuses actions whose Origin is not this site.

export type FormState<V> = { values: V; errors: FieldErrors; notice?: string };
/** The editor's state: a save refused because another member took the edit lock over says who. */
export type ArticleFormState = FormState<ArticleFormValues> & { lock?: LockRefusal };

const field = (form: FormData, name: string) => (typeof form.get(name) === 'string' ? String(form.get(name)) : '');
/** An id (article, revision, breaking item) by the routing grammar's rule, or null. */
const idOf = (value: string) => segments.id.safeParse(value).data ?? null;

/** The service and id a form names, or the 404 page. */
function targetOf(form: FormData): { service: ServiceCode; id: number } {
  const service = segments.service.safeParse(field(form, 'service'));
  const id = idOf(field(form, 'id'));
  if (!service.success || id === null) redirect(newsroomPaths.missing());
  return { service: service.data, id };
}

export async function saveArticleAction(
  service: ServiceCode,
  id: number | null,
  _previous: ArticleFormState,
  form: FormData,
): Promise<ArticleFormState> {
  if (!isServiceCode(service) || (id !== null && idOf(String(id)) === null)) redirect(newsroomPaths.missing());
  const values = articleFormValues(form);
  const parsed = parseArticleForm(form);
  if (!parsed.ok) return { values, errors: parsed.errors };
  const result = await refusing(() => saveArticle(service, id, parsed.value));
  if (result.kind === 'invalid') return { values, errors: result.errors };
  if (result.kind === 'saved') redirect(`${newsroomPaths.article(service, result.id)}?notice=saved&version=${result.version}`);
  // Times and numbers as the member writes them: their own service's calendar, zone and digits.
  const language = getService((await getCurrentStaff())?.language ?? service);
  if (result.kind === 'taken-over')
    return { values, errors: {}, lock: { name: result.name, time: formatServiceDate(result.since, language) } };
  return { values, errors: { form: conflictError(result, language) } };
}

export async function lifecycleAction(form: FormData): Promise<void> {
  const { service, id } = targetOf(form);
  const back = newsroomPaths.article(service, id);
  const operation = field(form, 'operation');
  let result;
  if (operation === 'publish') result = await refusing(() => publishArticle(service, id));
  else if (operation === 'unpublish') result = await refusing(() => unpublishArticle(service, id));
  else if (operation === 'schedule') {
    const at = parseScheduleTime(field(form, 'at'), getService(service).timeZone);
    if (!at) redirect(`${back}?error=scheduleTime`);
    result = await refusing(() => scheduleArticle(service, id, at));
  } else redirect(back);
  if (result.kind === 'invalid') redirect(`${back}?error=${Object.values(result.errors)[0]?.key ?? 'notFound'}`);
  redirect(`${back}?notice=${operation}`);
}

export async function translateAction(form: FormData): Promise<void> {
  const { service, id } = targetOf(form);
  const target = field(form, 'target');
  if (!isServiceCode(target)) redirect(newsroomPaths.article(service, id));
  const result = await refusing(() => createTranslationDraft(service, id, target));
  if (result.kind === 'invalid') redirect(`${newsroomPaths.article(service, id)}?error=notFound`);
  redirect(
    `${newsroomPaths.article(target, result.id)}?source=${service}-${id}${result.kind === 'exists' ? '&error=translationExists' : ''}`,
  );
}

export async function restoreAction(form: FormData): Promise<void> {
  const { service, id } = targetOf(form);
  const version = idOf(field(form, 'version'));
  const base = idOf(field(form, 'baseVersion'));
  if (version === null || base === null) redirect(newsroomPaths.revisions(service, id));
  const result = await refusing(() => restoreRevision(service, id, version, base));
  if (result.kind === 'saved') redirect(`${newsroomPaths.article(service, id)}?notice=restored&from=${version}&version=${result.version}`);
  // The editor's presence panel says who took the edit lock over.
  if (result.kind === 'taken-over') redirect(newsroomPaths.article(service, id));
  redirect(`${newsroomPaths.revisions(service, id)}?error=${result.kind === 'conflict' ? 'conflict' : 'notFound'}`);
}

/** "Mark reviewed" on a translation whose source changed: back to the list or the editor it came from. */
export async function reviewSourceAction(form: FormData): Promise<void> {
  const { service, id } = targetOf(form);
  const back = field(form, 'back') === 'list' ? newsroomPaths.articles(service) : newsroomPaths.article(service, id);
  const version = idOf(field(form, 'sourceVersion'));
  if (version === null) redirect(`${back}?error=notFound`);
  const result = await refusing(() => markSourceReviewed(service, id, version));
  redirect(`${back}?${result.kind === 'reviewed' ? 'notice=reviewed' : 'error=notFound'}`);
}

export type BreakingValues = { text: string; link: string; minutes: string };

export async function breakingAction(
  service: ServiceCode,
  itemId: number | null,
  _previous: FormState<BreakingValues>,
  form: FormData,
): Promise<FormState<BreakingValues>> {
  if (!isServiceCode(service)) redirect(newsroomPaths.missing());
  const values = { text: field(form, 'text'), link: field(form, 'link'), minutes: field(form, 'minutes') };
  const parsed = parseBreakingForm(form);
  if (!parsed.ok) return { values, errors: parsed.errors };
  const desk = newsroomPaths.breaking(service);
  if (itemId === null) await refusing(() => addBreakingItem(service, parsed.value));
  // An item that is no longer live here (ended, or another service's) changed nothing: say so.
  else if (!(await refusing(() => editBreakingItem(service, itemId, parsed.value)))) redirect(`${desk}?error=notLive`);
  redirect(`${desk}?notice=${itemId === null ? 'added' : 'edited'}`);
}

export async function endBreakingAction(form: FormData): Promise<void> {
  const { service, id } = targetOf(form);
  const ended = await refusing(() => endBreakingItem(service, id));
  redirect(`${newsroomPaths.breaking(service)}?${ended ? 'notice=endedOk' : 'error=notLive'}`);
}

export type StaffValues = { name: string; email: string; role: string; services: string[]; language: string };

export async function addStaffAction(_previous: FormState<StaffValues>, form: FormData): Promise<FormState<StaffValues>> {
  const values = {
    name: field(form, 'name'),
    email: field(form, 'email'),
    role: field(form, 'role'),
    services: form.getAll('services').filter((s) => typeof s === 'string'),
    language: field(form, 'language'),
  };
  const parsed = parseStaffForm(form);
  if (!parsed.ok) return { values, errors: parsed.errors };
  const { services, language, ...rest } = parsed.value;
  const result = await refusing(() =>
    addStaffAccount({ ...rest, services: services.filter(isServiceCode), language: isServiceCode(language) ? language : 'en' }),
  );
  if (result === 'exists') return { values, errors: { email: { key: 'emailTaken' } } };
  redirect(`${newsroomPaths.staff()}?created=${encodeURIComponent(parsed.value.email)}`);
}
