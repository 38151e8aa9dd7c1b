import { slugify } from 'transliteration';
import { z } from 'zod';
import { sectionSlugs, serviceCodes } from '@/i18n/services';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/newsroom/password-rules';
import { staffRoles } from '@/lib/newsroom/permissions';
import { isSlug } from '@/lib/routes';
import { safeLinkHref } from '@/lib/safe-url';
import { breakingDurations, LIMITS, MAX_IMAGE_BYTES } from '@/lib/newsroom/limits';
import type en from '@/messages/en.json';

// Newsroom form input is parsed here, once, where it enters. A refusal names each field and a
// message key in the `newsroom.errors` catalog, so the staff member reads it in their language.

/** A reason for refusing a field: a key of the `newsroom.errors` messages. */
export type ErrorKey = keyof (typeof en)['newsroom']['errors'];
export type FieldError = { key: ErrorKey; values?: Record<string, string | number> };
export type FieldErrors = Record<string, FieldError>;
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** An address suggested from a headline in any of the services' scripts. */
export function suggestSlug(headline: string): string {
  return slugify(headline, { lowercase: true, separator: '-', trim: true })
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80)
    .replace(/-$/, '');
}

// Control characters other than tab and newline have no place in what journalists type; the
// bidi marks readers of RTL services need (U+200E, U+200F) are kept.
const text = (max: number) =>
  z
    .string()
    .transform((s) =>
      s
        .replace(/\r\n?/g, '\n')
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
        .trim(),
    )
    .pipe(z.string().max(max, { error: JSON.stringify({ key: 'tooLong', values: { max } }) }));
const required = (max: number) => text(max).pipe(z.string().min(1, { error: JSON.stringify({ key: 'required' }) }));
const err = (key: ErrorKey, values?: FieldError['values']) => ({ error: JSON.stringify(values ? { key, values } : { key }) });

function toErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (errors[field]) continue;
    try {
      errors[field] = JSON.parse(issue.message) as FieldError;
    } catch {
      errors[field] = { key: 'required' };
    }
  }
  return errors;
}

function parse<T>(schema: z.ZodType<T>, input: unknown): Parsed<T> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: toErrors(result.error) };
}

const str = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};
const id = z.coerce.number().int().positive().max(2_147_483_647);

const articleSchema = z
  .object({
    baseVersion: z.union([z.literal('').transform(() => null), id]),
    headline: required(LIMITS.headline),
    dek: text(LIMITS.dek),
    slug: text(LIMITS.slug).refine((s) => s === '' || isSlug(s), err('slugFormat')),
    section: z.enum(sectionSlugs, err('sectionUnknown')),
    bylines: z.array(id, err('bylineRequired')).min(1, err('bylineRequired')).max(10, err('bylineRequired')),
    body: required(LIMITS.body),
    correction: text(LIMITS.correction),
    imageAlt: text(LIMITS.alt),
    imageCaption: text(LIMITS.caption),
    imageCredit: text(LIMITS.credit),
    removeImage: z.boolean(),
    image: z
      .instanceof(File)
      .nullable()
      .refine((f) => !f || f.size <= MAX_IMAGE_BYTES, err('imageTooLarge'))
      .refine((f) => !f || ['image/jpeg', 'image/png', 'image/webp'].includes(f.type), err('imageType')),
  })
  .transform((a) => ({ ...a, slug: a.slug || suggestSlug(a.headline) }))
  .superRefine((a, ctx) => {
    // A headline in no Latin-convertible letters gives no suggestion: the editor must type one.
    if (!isSlug(a.slug)) ctx.addIssue({ code: 'custom', path: ['slug'], message: JSON.stringify({ key: 'required' }) });
    if (a.image && !a.imageAlt) ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: JSON.stringify({ key: 'altRequired' }) });
  });

export type ArticleInput = z.infer<typeof articleSchema>;

/** The fields of the article editor as typed, so a refused form can be shown again unchanged. */
export function articleFormValues(form: FormData) {
  return {
    baseVersion: str(form, 'baseVersion'),
    headline: str(form, 'headline'),
    dek: str(form, 'dek'),
    slug: str(form, 'slug'),
    section: str(form, 'section'),
    bylines: form.getAll('bylines').filter((v): v is string => typeof v === 'string'),
    body: str(form, 'body'),
    correction: str(form, 'correction'),
    imageAlt: str(form, 'imageAlt'),
    imageCaption: str(form, 'imageCaption'),
    imageCredit: str(form, 'imageCredit'),
  };
}
export type ArticleFormValues = ReturnType<typeof articleFormValues>;

export function parseArticleForm(form: FormData): Parsed<ArticleInput> {
  const image = form.get('image');
  return parse(articleSchema, {
    ...articleFormValues(form),
    removeImage: form.get('removeImage') === 'on',
    // Browsers send an empty file when nothing was chosen.
    image: image instanceof File && image.size > 0 ? image : null,
  });
}

const breakingSchema = z.object({
  text: required(LIMITS.breaking),
  // A path on this site or an https address, by the same rules as links in article bodies.
  link: text(LIMITS.link).refine(
    (l) => l === '' || (safeLinkHref(l) !== null && (l.startsWith('/') || /^https:\/\/[^/]/.test(l))),
    err('linkFormat'),
  ),
  minutes: z.coerce.number(err('duration')).refine((m) => (breakingDurations as readonly number[]).includes(m), err('duration')),
});
export type BreakingInput = z.infer<typeof breakingSchema>;

export function parseBreakingForm(form: FormData): Parsed<BreakingInput> {
  return parse(breakingSchema, { text: str(form, 'text'), link: str(form, 'link'), minutes: str(form, 'minutes') });
}

const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});
export type SignInInput = z.infer<typeof signInSchema>;

export function parseSignInForm(form: FormData): SignInInput | null {
  const result = signInSchema.safeParse({ email: str(form, 'email'), password: str(form, 'password') });
  return result.success ? result.data : null;
}

const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, err('passwordLength', { min: MIN_PASSWORD_LENGTH }))
  .max(MAX_PASSWORD_LENGTH, err('tooLong', { max: MAX_PASSWORD_LENGTH }));
const staffAccessFields = {
  role: z.enum(staffRoles, err('required')),
  services: z.array(z.enum(serviceCodes), err('servicesRequired')),
};
// Admins work in every service; everyone else needs at least one.
export const hasServices = (s: { role: string; services: string[] }) => s.role === 'admin' || s.services.length > 0;
const servicesRequired = { path: ['services'], message: JSON.stringify({ key: 'servicesRequired' }) };

const staffSchema = z
  .object({
    name: required(120),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254)
      .pipe(z.email(err('emailFormat'))),
    password: newPassword,
    ...staffAccessFields,
    language: z.enum(serviceCodes, err('required')),
  })
  .refine(hasServices, servicesRequired);
export type StaffInput = z.infer<typeof staffSchema>;

export function parseStaffForm(form: FormData): Parsed<StaffInput> {
  return parse(staffSchema, {
    name: str(form, 'name'),
    email: str(form, 'email'),
    password: str(form, 'password'),
    role: str(form, 'role'),
    services: form.getAll('services').filter((v) => typeof v === 'string'),
    language: str(form, 'language'),
  });
}

const staffAccessSchema = z.object(staffAccessFields).refine(hasServices, servicesRequired);
export type StaffAccessInput = z.infer<typeof staffAccessSchema>;

/** An admin's change of a member's role and services. */
export function parseStaffAccessForm(form: FormData): Parsed<StaffAccessInput> {
  return parse(staffAccessSchema, { role: str(form, 'role'), services: form.getAll('services').filter((v) => typeof v === 'string') });
}

const passwordSchema = z
  .object({
    current: z.string().min(1, err('required')).max(MAX_PASSWORD_LENGTH, err('wrongPassword')),
    next: newPassword,
    confirm: z.string(),
  })
  .refine((p) => p.next === p.confirm, { path: ['confirm'], message: JSON.stringify({ key: 'passwordMismatch' }) });
export type PasswordInput = z.infer<typeof passwordSchema>;

/** A member's own password change: the current password and the new one twice. */
export function parsePasswordForm(form: FormData): Parsed<PasswordInput> {
  return parse(passwordSchema, { current: str(form, 'current'), next: str(form, 'next'), confirm: str(form, 'confirm') });
}

const presenceSchema = z.object({ operation: z.enum(['beat', 'take-over']) });

/** What the editor's presence island (or its take-over form without JavaScript) asks, or null. */
export function parsePresenceForm(form: FormData): 'beat' | 'take-over' | null {
  const result = presenceSchema.safeParse({ operation: form.get('operation') });
  return result.success ? result.data.operation : null;
}

/** A publication time typed in the service's own time zone (datetime-local gives no zone). */
export function parseScheduleTime(local: string, timeZone: string, now = new Date()): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [y, mo, d, h, mi] = match.slice(1).map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const typed = new Date(wall);
  // Date.UTC rolls 30 February over into March: refuse what is not a real date and time.
  if (typed.getUTCMonth() !== mo - 1 || typed.getUTCDate() !== d || typed.getUTCHours() !== h || typed.getUTCMinutes() !== mi) return null;
  // The zone's offset at a moment: the gap between its wall clock and UTC. Taken first at the
  // wall time read as UTC, then again at the moment that gives, which is right across DST changes.
  const offsetAt = (instant: number) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      })
        .formatToParts(new Date(instant))
        .map((p) => [p.type, p.value]),
    );
    return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute)) - instant;
  };
  const guess = wall - offsetAt(wall);
  const when = new Date(wall - offsetAt(guess));
  return when.getTime() > now.getTime() ? when : null;
}
