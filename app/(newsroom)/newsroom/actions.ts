'use server';

import { redirect } from 'next/navigation';
import { addBreakingItem, editBreakingItem, endBreakingItem } from '@/db/access/newsroom/breaking-desk';
import { createTranslationDraft } from '@/db/access/newsroom/translations';
import { publishArticle, scheduleArticle, unpublishArticle } from '@/db/access/newsroom/article-lifecycle';
import { restoreRevision } from '@/db/access/newsroom/revisions';
import { markSourceReviewed } from '@/db/access/newsroom/source-changes';
import { saveArticle } from '@/db/access/newsroom/article-save';
import { AccessDenied } from '@/db/access/newsroom/session';
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
import { newsroomPaths } from '@/lib/newsroom-routes';

// Server Actions of the newsroom. Each parses its form here, once; the data-access layer checks
// the member's rights for the service again (an action is a public endpoint: hiding its button
// protects nothing). Next refuses actions whose Origin is not this site.

export type FormState<V> = { values: V; errors: FieldErrors; notice?: string };

const field = (form: FormData, name: string) => (typeof form.get(name) === 'string' ? String(form.get(name)) : '');
const idOf = (value: string) => (/^[1-9]\d{0,9}$/.test(value) && Number(value) <= 2_147_483_647 ? Number(value) : null);

function targetOf(form: FormData): { service: ServiceCode; id: number } {
  const service = field(form, 'service');
  const id = idOf(field(form, 'id'));
  if (!isServiceCode(service) || id === null) redirect(newsroomPaths.missing());
  return { service, id };
}

/** Runs a data-access call; a refusal of rights becomes the 403 page or sign-in. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof AccessDenied)) throw error;
    redirect(error.reason === 'signed-out' ? newsroomPaths.signIn() : newsroomPaths.forbidden());
  }
}

export async function saveArticleAction(
  service: ServiceCode,
  id: number | null,
  _previous: FormState<ArticleFormValues>,
  form: FormData,
): Promise<FormState<ArticleFormValues>> {
  if (!isServiceCode(service) || (id !== null && idOf(String(id)) === null)) redirect(newsroomPaths.missing());
  const values = articleFormValues(form);
  const parsed = parseArticleForm(form);
  if (!parsed.ok) return { values, errors: parsed.errors };
  const result = await guarded(() => saveArticle(service, id, parsed.value));
  if (result.kind === 'invalid') return { values, errors: result.errors };
  if (result.kind === 'conflict')
    return {
      values,
      errors: {
        form: { key: 'conflict', values: { name: result.savedByName, time: result.savedAt.toISOString(), version: result.version } },
      },
    };
  redirect(`${newsroomPaths.article(service, result.id)}?notice=saved&version=${result.version}`);
}

export async function lifecycleAction(form: FormData): Promise<void> {
  const { service, id } = targetOf(form);
  const back = newsroomPaths.article(service, id);
  const operation = field(form, 'operation');
  let result;
  if (operation === 'publish') result = await guarded(() => publishArticle(service, id));
  else if (operation === 'unpublish') result = await guarded(() => unpublishArticle(service, id));
  else if (operation === 'schedule') {
    const at = parseScheduleTime(field(form, 'at'), getService(service).timeZone);
    if (!at) redirect(`${back}?error=scheduleTime`);
    result = await guarded(() => scheduleArticle(service, id, at));
  } else redirect(back);
  if (result.kind === 'invalid') redirect(`${back}?error=${Object.values(result.errors)[0]?.key ?? 'notFound'}`);
  redirect(`${back}?notice=${operation}`);
}

export async function translateAction(form: FormData): Promise<void> {
  const { service, id } = targetOf(form);
  const target = field(form, 'target');
  if (!isServiceCode(target)) redirect(newsroomPaths.article(service, id));
  const result = await guarded(() => createTranslationDraft(service, id, target));
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
  const result = await guarded(() => restoreRevision(service, id, version, base));
  if (result.kind === 'saved') redirect(`${newsroomPaths.article(service, id)}?notice=restored&from=${version}&version=${result.version}`);
  redirect(`${newsroomPaths.revisions(service, id)}?error=${result.kind === 'conflict' ? 'conflict' : 'notFound'}`);
}

/** "Mark reviewed" on a translation whose source changed: back to the list or the editor it came from. */
export async function reviewSourceAction(form: FormData): Promise<void> {
  const { service, id } = targetOf(form);
  const back = field(form, 'back') === 'list' ? newsroomPaths.articles(service) : newsroomPaths.article(service, id);
  const version = idOf(field(form, 'sourceVersion'));
  if (version === null) redirect(`${back}?error=notFound`);
  const result = await guarded(() => markSourceReviewed(service, id, version));
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
  if (itemId === null) await guarded(() => addBreakingItem(service, parsed.value));
  else await guarded(() => editBreakingItem(service, itemId, parsed.value));
  redirect(`${newsroomPaths.breaking(service)}?notice=${itemId === null ? 'added' : 'edited'}`);
}

export async function endBreakingAction(form: FormData): Promise<void> {
  const { service, id } = targetOf(form);
  await guarded(() => endBreakingItem(service, id));
  redirect(`${newsroomPaths.breaking(service)}?notice=endedOk`);
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
  const result = await guarded(() =>
    addStaffAccount({ ...rest, services: services.filter(isServiceCode), language: isServiceCode(language) ? language : 'en' }),
  );
  if (result === 'exists') return { values, errors: { email: { key: 'emailTaken' } } };
  redirect(`${newsroomPaths.staff()}?created=${encodeURIComponent(parsed.value.email)}`);
}
