import { createTranslator } from 'next-intl';
import { getService, type ServiceCode } from '@/i18n/services';
import { formatServiceNumber } from '@/lib/numbers';
import { newsroomPaths } from '@/lib/routes';
import { xmlEscape } from '@/lib/xml';
import { messagesOf } from '@/i18n/messages';

// The newsroom's refusals (403, 404, 429), its failures (400, 413, 503: sent by the server around
// Next, scripts/failure-response.ts, when a request cannot be read or the database is down), and
// the one-time password after a reset, as small self-contained pages in the member's language. The
// proxy and route handlers send them with their status code: a rewrite to a rendered page would
// lose the status on these dynamic routes.

type Kind = 'forbidden' | 'missing' | 'throttled' | 'unreadable' | 'tooLarge' | 'unavailable';
export const statusOf: Record<Kind, number> = {
  forbidden: 403,
  missing: 404,
  throttled: 429,
  unreadable: 400,
  tooLarge: 413,
  unavailable: 503,
};

export async function newsroomStatusPage(language: ServiceCode, kind: Kind, waitSeconds = 0): Promise<string> {
  const messages = await messagesOf(language);
  const t = createTranslator({ locale: language, messages, namespace: 'newsroom' });
  const page = (title: string, body: string, link: string, href: string) =>
    shell(language, title, `<p role="alert">${xmlEscape(body)}</p><p><a href="${href}">${xmlEscape(link)}</a></p>`);
  if (kind === 'throttled') {
    const minutes = Math.max(1, Math.ceil(waitSeconds / 60));
    const wait = t('signIn.throttled', { minutes, n: formatServiceNumber(minutes, getService(language)) });
    return page(t('signIn.title'), wait, t('signIn.submit'), newsroomPaths.signIn());
  }
  const [title, body] =
    kind === 'forbidden'
      ? [t('forbidden.title'), t('forbidden.body')]
      : kind === 'missing'
        ? [t('notFound.title'), t('notFound.body')]
        : [t(`failure.${kind}Title`), t(`failure.${kind}Body`)];
  return page(title, body, t('forbidden.back'), newsroomPaths.home());
}

/** The answer to an admin's password reset: the one-time password, in this response only (no URL, no later page). */
export async function oneTimePasswordPage(language: ServiceCode, member: { id: string; name: string; email: string }, password: string) {
  const t = createTranslator({ locale: language, messages: await messagesOf(language), namespace: 'newsroom.staff' });
  return shell(
    language,
    t('passwordTitle'),
    `<p role="status">${xmlEscape(t('oneTimePassword', { email: member.email }))}</p>` +
      `<p><output class="one-time-password" dir="ltr" translate="no"><code>${xmlEscape(password)}</code></output></p>` +
      `<p><a href="${newsroomPaths.staffMember(member.id)}">${xmlEscape(t('memberTitle', { name: member.name }))}</a></p>`,
  );
}

function shell(language: ServiceCode, title: string, body: string): string {
  const service = getService(language);
  return `<!DOCTYPE html>
<html lang="${service.htmlLang}" dir="${service.dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${xmlEscape(title)}</title></head>
<body><main><h1>${xmlEscape(title)}</h1>${body}</main></body>
</html>`;
}
