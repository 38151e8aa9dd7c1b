import { describe, expect, it } from 'vitest';
import { serviceCodes, services, type ServiceCode } from '@/i18n/services';
import { breakingDurations, LIMITS, MAX_IMAGE_BYTES } from '@/lib/newsroom/limits';
import { parseArticleForm, parseBreakingForm, parseScheduleTime, parseStaffForm, suggestSlug } from '@/lib/newsroom/forms';
import { matchPath, newsroomAccess, newsroomPaths, newsroomReturnPath } from '@/lib/routes';

/** What the proxy asks of a newsroom address: the grammar's access rule, or unknown. */
const newsroomRequirement = (path: string) => {
  const match = matchPath(path);
  return (match && newsroomAccess(match)) ?? { kind: 'unknown' };
};
const isNewsroomPath = (path: string) => newsroomReturnPath(path) === path;
import { can, servicesOf, staffRoles, type Capability, type Staff, type StaffRole } from '@/lib/newsroom/permissions';

// The newsroom's pure rules: who may do what where, what each newsroom address needs, and how
// what staff type is parsed. Everything per service is driven from the services table.

// ─── Permissions ─────────────────────────────────────────────────────────────────────────────

const capabilities: Capability[] = ['write', 'publish', 'breaking', 'audit', 'staff'];

/** Written out here on purpose, not imported: this is the rule the code must follow. */
const allowed: Record<StaffRole, Capability[]> = {
  reporter: ['write'],
  editor: ['write', 'publish', 'breaking', 'audit'],
  admin: ['write', 'publish', 'breaking', 'audit', 'staff'],
};

const member = (role: StaffRole, memberServices: ServiceCode[]): Staff => ({
  id: `${role}-id`,
  name: `Test ${role}`,
  email: `${role}@polyphony.invalid`,
  role,
  services: memberServices,
  language: memberServices[0] ?? 'en',
  mustChangePassword: false,
});

/** Another service than this one (the next in the table), so every pair is covered once. */
const otherThan = (code: ServiceCode): ServiceCode => serviceCodes[(serviceCodes.indexOf(code) + 1) % serviceCodes.length];

describe('can(): role × capability × service', () => {
  it('has the three roles', () => {
    expect([...staffRoles]).toEqual(['reporter', 'editor', 'admin']);
  });

  describe.each(services)('a member of $code ($englishName)', ({ code }) => {
    const other = otherThan(code);

    it.each(staffRoles)(
      'who is a %s may do exactly their role’s things in their service, without a service, and elsewhere only as admin',
      (role) => {
        const staff = member(role, [code]);
        for (const capability of capabilities) {
          const byRole = allowed[role].includes(capability);
          expect(can(staff, capability, code), `${role} ${capability} in own ${code}`).toBe(byRole);
          expect(can(staff, capability), `${role} ${capability} without a service`).toBe(byRole);
          expect(can(staff, capability, other), `${role} ${capability} in other ${other}`).toBe(role === 'admin' && byRole);
        }
      },
    );
  });

  it('a reporter of fa can write in fa but not publish, run breaking news, audit or manage staff', () => {
    const reporter = member('reporter', ['fa']);
    expect(can(reporter, 'write', 'fa')).toBe(true);
    expect(can(reporter, 'publish', 'fa')).toBe(false);
    expect(can(reporter, 'breaking', 'fa')).toBe(false);
    expect(can(reporter, 'audit', 'fa')).toBe(false);
    expect(can(reporter, 'staff')).toBe(false);
  });

  it('an editor of fa cannot write in hy, nor in fa-AF (codes are not prefixes of one another)', () => {
    const editor = member('editor', ['fa']);
    expect(can(editor, 'write', 'fa')).toBe(true);
    expect(can(editor, 'publish', 'fa')).toBe(true);
    expect(can(editor, 'write', 'hy')).toBe(false);
    expect(can(editor, 'write', 'fa-AF')).toBe(false);
    expect(can(editor, 'write', 'FA')).toBe(false);
    expect(can(editor, 'staff')).toBe(false);
  });

  it('an editor of several services may work in each of them and in no other', () => {
    const editor = member('editor', ['hu', 'ro', 'uk']);
    for (const code of serviceCodes) expect(can(editor, 'publish', code), code).toBe(['hu', 'ro', 'uk'].includes(code));
  });

  it('an admin can do everything in all 27 services, whatever the account lists', () => {
    for (const admin of [member('admin', []), member('admin', ['fa'])]) {
      expect(servicesOf(admin)).toEqual(serviceCodes);
      expect(servicesOf(admin)).toHaveLength(27);
      for (const code of serviceCodes)
        for (const capability of capabilities) expect(can(admin, capability, code), `${capability} ${code}`).toBe(true);
    }
  });

  it('servicesOf gives a non-admin exactly the listed services (a copy for admins, never the table itself)', () => {
    expect(servicesOf(member('editor', ['hu', 'fa']))).toEqual(['hu', 'fa']);
    const all = servicesOf(member('admin', []));
    all.pop();
    expect(serviceCodes).toHaveLength(27);
  });

  it('a non-admin with no services may do nothing at all, even where the role allows it', () => {
    for (const role of ['reporter', 'editor'] as const) {
      const staff = member(role, []);
      for (const capability of capabilities) {
        expect(can(staff, capability)).toBe(false);
        for (const code of serviceCodes) expect(can(staff, capability, code)).toBe(false);
      }
    }
  });

  it('nobody may act in a service that does not exist', () => {
    for (const role of staffRoles)
      for (const capability of capabilities)
        for (const code of ['xx', '', 'FA', 'fa-af', ' fa', 'fa/'])
          expect(can(member(role, ['fa']), capability, code), `${role} ${capability} ${JSON.stringify(code)}`).toBe(false);
  });
});

// ─── Newsroom addresses ──────────────────────────────────────────────────────────────────────

describe('newsroom access in the routing grammar', () => {
  describe.each(services)('for $code', ({ code }) => {
    it('service pages need write, the breaking desk needs breaking', () => {
      expect(newsroomRequirement(`/newsroom/${code}`)).toEqual({ kind: 'staff', capability: 'write', service: code });
      expect(newsroomRequirement(`/newsroom/${code}/`)).toEqual({ kind: 'staff', capability: 'write', service: code });
      expect(newsroomRequirement(`/newsroom/${code}/articles/new`)).toEqual({ kind: 'staff', capability: 'write', service: code });
      expect(newsroomRequirement(`/newsroom/${code}/breaking`)).toEqual({ kind: 'staff', capability: 'breaking', service: code });
    });

    it('article, revision, presence and preview pages need write', () => {
      expect(newsroomRequirement(`/newsroom/${code}/articles/12`)).toEqual({ kind: 'staff', capability: 'write', service: code });
      expect(newsroomRequirement(`/newsroom/${code}/articles/12/revisions`)).toEqual({ kind: 'staff', capability: 'write', service: code });
      expect(newsroomRequirement(`/newsroom/${code}/articles/12/presence`)).toEqual({ kind: 'staff', capability: 'write', service: code });
      expect(newsroomRequirement(`/newsroom/${code}/articles/2147483647`)).toEqual({ kind: 'staff', capability: 'write', service: code });
      expect(newsroomRequirement(`/newsroom/preview/${code}/5`)).toEqual({ kind: 'staff', capability: 'write', service: code });
    });

    it('the paths newsroomPaths builds need what their pages need', () => {
      expect(newsroomRequirement(newsroomPaths.articles(code))).toEqual({ kind: 'staff', capability: 'write', service: code });
      expect(newsroomRequirement(newsroomPaths.newArticle(code))).toEqual({ kind: 'staff', capability: 'write', service: code });
      expect(newsroomRequirement(newsroomPaths.article(code, 7))).toEqual({ kind: 'staff', capability: 'write', service: code });
      expect(newsroomRequirement(newsroomPaths.revisions(code, 7))).toEqual({ kind: 'staff', capability: 'write', service: code });
      expect(newsroomRequirement(newsroomPaths.presence(code, 7))).toEqual({ kind: 'staff', capability: 'write', service: code });
      expect(newsroomRequirement(newsroomPaths.breaking(code))).toEqual({ kind: 'staff', capability: 'breaking', service: code });
      expect(newsroomRequirement(newsroomPaths.preview(code, 7))).toEqual({ kind: 'staff', capability: 'write', service: code });
    });

    it.each([
      'articles/0',
      'articles/abc',
      'articles/012',
      'articles/-1',
      'articles/1.5',
      'articles/12345678901',
      'articles/12/nope',
      'articles/12/presence/1',
      'articles/new/presence',
      'articles',
      'nope',
      'breaking/1',
      '../fa',
    ])('%s is unknown', (rest) => {
      expect(newsroomRequirement(`/newsroom/${code}/${rest}`)).toEqual({ kind: 'unknown' });
    });

    it('previews with a bad id are unknown', () => {
      for (const id of ['0', 'abc', '5/extra', ''])
        expect(newsroomRequirement(`/newsroom/preview/${code}/${id}`), id).toEqual({ kind: 'unknown' });
    });
  });

  it.each([
    '/newsroom/xx',
    '/newsroom/xx/breaking',
    '/newsroom/xx/articles/12',
    '/newsroom/preview/xx/5',
    '/newsroom/fa-af',
    '/newsroom/nope',
  ])('an unknown service %s is unknown', (path) => {
    expect(newsroomRequirement(path)).toEqual({ kind: 'unknown' });
  });

  it('sign-in and session pages are public', () => {
    for (const path of ['/newsroom/sign-in', newsroomPaths.signIn(), newsroomPaths.session(), newsroomPaths.signOut()])
      expect(newsroomRequirement(path), path).toEqual({ kind: 'public' });
  });

  it("the refusal pages are open to anyone (they say why, in the reader's language)", () => {
    expect(newsroomRequirement('/newsroom/forbidden')).toEqual({ kind: 'public' });
    expect(newsroomRequirement(newsroomPaths.missing())).toEqual({ kind: 'public' });
  });

  it('the home needs a member; audit and staff need their capabilities', () => {
    expect(newsroomRequirement('/newsroom')).toEqual({ kind: 'staff' });
    expect(newsroomRequirement('/newsroom/')).toEqual({ kind: 'staff' });
    expect(newsroomRequirement(newsroomPaths.audit())).toEqual({ kind: 'staff', capability: 'audit' });
    expect(newsroomRequirement(newsroomPaths.staff())).toEqual({ kind: 'staff', capability: 'staff' });
  });
});

describe('newsroomReturnPath(): where "back to this page after signing in" may lead', () => {
  const site = 'https://site.example';

  const accepted = [
    '/newsroom',
    '/newsroom/',
    '/newsroom/audit',
    '/newsroom/fa?status=draft&page=2',
    ...serviceCodes.flatMap((code) => [
      newsroomPaths.articles(code),
      newsroomPaths.newArticle(code),
      newsroomPaths.article(code, 12),
      newsroomPaths.revisions(code, 12),
      newsroomPaths.breaking(code),
    ]),
  ];

  const refused = [
    '//evil.example',
    '//evil.example/newsroom',
    'https://evil.example',
    'https://evil.example/newsroom',
    'http://evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/newsroom/../x',
    '/newsroom/..',
    '/newsroom/%2e%2e/x',
    '/newsroom/..%2f..%2fx',
    '/newsroom//evil.example',
    '/newsroom/\\evil.example',
    '/newsroom\\evil.example',
    '/newsroomevil',
    '/newsroom.evil.example',
    '/newsroom@evil.example',
    '/newsroom#//evil.example',
    '/newsroom?next=//evil.example',
    '/newsroom/fa?x=//evil.example',
    'javascript:alert(1)',
    'JavaScript:alert(1)//newsroom',
    'data:text/html,<script>alert(1)</script>',
    ' /newsroom',
    '/newsroom\n',
    '/newsroom\t/fa',
    'newsroom',
    '',
    '/',
    '/fa',
    '/fa/newsroom',
    '/NEWSROOM',
  ];

  it.each(accepted)('accepts %s', (path) => {
    expect(isNewsroomPath(path)).toBe(true);
  });

  it.each(refused)('refuses %j', (path) => {
    expect(isNewsroomPath(path)).toBe(false);
  });

  it('accepts nothing that does not start with /newsroom, and nothing that leaves the site or the newsroom', () => {
    for (const path of [...accepted, ...refused]) {
      if (!isNewsroomPath(path)) continue;
      expect(path.startsWith('/newsroom'), path).toBe(true);
      const resolved = new URL(path, site);
      expect(resolved.origin, path).toBe(site);
      expect(resolved.pathname === '/newsroom' || resolved.pathname.startsWith('/newsroom/'), path).toBe(true);
    }
  });

  it('accepts the sign-in page’s own next= target only as a newsroom path', () => {
    const signIn = newsroomPaths.signIn('/newsroom/fa/articles/12');
    const next = new URL(signIn, site).searchParams.get('next')!;
    expect(isNewsroomPath(next)).toBe(true);
  });
});

// ─── The article form ────────────────────────────────────────────────────────────────────────

type ArticleFields = {
  baseVersion?: string;
  headline?: string;
  dek?: string;
  slug?: string;
  section?: string;
  bylines?: string[];
  body?: string;
  correction?: string;
  imageAlt?: string;
  imageCaption?: string;
  imageCredit?: string;
  removeImage?: boolean;
  image?: File;
};

function articleForm(fields: ArticleFields = {}): FormData {
  const values = {
    baseVersion: '',
    headline: 'Parliament passes the budget',
    dek: 'A short summary.',
    slug: 'parliament-passes-the-budget',
    section: 'news',
    body: 'The budget passed **today**.\n\nMore follows.',
    correction: '',
    imageAlt: '',
    imageCaption: '',
    imageCredit: '',
    ...fields,
  };
  const form = new FormData();
  for (const name of [
    'baseVersion',
    'headline',
    'dek',
    'slug',
    'section',
    'body',
    'correction',
    'imageAlt',
    'imageCaption',
    'imageCredit',
  ] as const)
    form.set(name, values[name]);
  for (const byline of fields.bylines ?? ['3', '5']) form.append('bylines', byline);
  if (fields.removeImage) form.set('removeImage', 'on');
  if (fields.image) form.set('image', fields.image);
  return form;
}

const file = (type: string, size = 16, name = 'picture') => new File([new Uint8Array(size)], name, { type });

function errorsOf(form: FormData) {
  const parsed = parseArticleForm(form);
  if (parsed.ok) throw new Error(`expected a refusal, got ${JSON.stringify(parsed.value)}`);
  return parsed.errors;
}

describe('parseArticleForm()', () => {
  it('parses a valid form into typed values', () => {
    const parsed = parseArticleForm(articleForm({ baseVersion: '7', bylines: ['3', '5'] }));
    expect(parsed).toEqual({
      ok: true,
      value: {
        baseVersion: 7,
        headline: 'Parliament passes the budget',
        dek: 'A short summary.',
        slug: 'parliament-passes-the-budget',
        section: 'news',
        bylines: [3, 5],
        body: 'The budget passed **today**.\n\nMore follows.',
        correction: '',
        imageAlt: '',
        imageCaption: '',
        imageCredit: '',
        removeImage: false,
        image: null,
      },
    });
  });

  it('treats an empty baseVersion as a new article, and refuses a malformed one', () => {
    const parsed = parseArticleForm(articleForm());
    expect(parsed.ok && parsed.value.baseVersion).toBe(null);
    for (const bad of ['abc', '0', '-1', '1.5']) expect(errorsOf(articleForm({ baseVersion: bad })).baseVersion, bad).toBeDefined();
  });

  it.each(services)('suggests an ASCII slug from a $englishName ($script) headline', (s) => {
    const headline = `${s.brand}: ${s.nativeName}`;
    const parsed = parseArticleForm(articleForm({ headline, slug: '' }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(parsed.value.slug).toBe(suggestSlug(headline));
  });

  it.each([
    ['Cyrillic', 'Президент подписал закон о бюджете', 'prezident-podpisal-zakon-o-byudzhete'],
    ['Armenian', 'Երևանում նոր այգի է բացվել', null],
    ['Persian', 'انتخابات ریاست جمهوری در تهران', null],
    ['Persian digits', 'بودجه ۱۴۰۴', null],
  ])('turns a %s headline into a slug of ASCII letters, digits and hyphens', (_script, headline, exact) => {
    const slug = suggestSlug(headline);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    if (exact) expect(slug).toBe(exact);
  });

  it('keeps suggested slugs to 80 characters, without a trailing hyphen', () => {
    const slug = suggestSlug('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('asks for a slug when the headline gives none (emoji only)', () => {
    expect(errorsOf(articleForm({ headline: '🙂🙃', slug: '' })).slug).toEqual({ key: 'required' });
  });

  it('refuses an empty or blank headline', () => {
    expect(errorsOf(articleForm({ headline: '' })).headline).toEqual({ key: 'required' });
    expect(errorsOf(articleForm({ headline: '  \n\t ' })).headline).toEqual({ key: 'required' });
  });

  it('refuses an empty body', () => {
    expect(errorsOf(articleForm({ body: '' })).body).toEqual({ key: 'required' });
  });

  it.each(['Bad Slug', 'bad_slug', 'bad--slug', '-bad', 'bad-', 'BAD', 'ساختگی', 'a/b', '../x', 'x?y'])('refuses the slug %j', (slug) => {
    expect(errorsOf(articleForm({ slug })).slug).toEqual({ key: 'slugFormat' });
  });

  it('refuses a form without bylines, with too many, or with a malformed one', () => {
    expect(errorsOf(articleForm({ bylines: [] })).bylines).toEqual({ key: 'bylineRequired' });
    expect(errorsOf(articleForm({ bylines: Array.from({ length: 11 }, (_, i) => String(i + 1)) })).bylines).toEqual({
      key: 'bylineRequired',
    });
    for (const bad of ['abc', '0', '-3', '99999999999']) expect(errorsOf(articleForm({ bylines: [bad] })).bylines, bad).toBeDefined();
  });

  it('refuses a section that is not in the services table', () => {
    for (const section of ['sport', '', 'NEWS', 'news '])
      expect(errorsOf(articleForm({ section })).section, section).toEqual({ key: 'sectionUnknown' });
  });

  it('refuses an image that is not JPEG, PNG or WebP', () => {
    for (const type of ['image/gif', 'image/svg+xml', 'text/html', ''])
      expect(errorsOf(articleForm({ image: file(type), imageAlt: 'A picture' })).image, type).toEqual({ key: 'imageType' });
  });

  it('refuses an image over the size limit', () => {
    expect(errorsOf(articleForm({ image: file('image/jpeg', MAX_IMAGE_BYTES + 1), imageAlt: 'A picture' })).image).toEqual({
      key: 'imageTooLarge',
    });
  });

  it('requires alt text with an image', () => {
    for (const type of ['image/jpeg', 'image/png', 'image/webp']) {
      expect(errorsOf(articleForm({ image: file(type) })).imageAlt, type).toEqual({ key: 'altRequired' });
      expect(errorsOf(articleForm({ image: file(type), imageAlt: '   ' })).imageAlt, type).toEqual({ key: 'altRequired' });
      const parsed = parseArticleForm(articleForm({ image: file(type), imageAlt: 'Protesters in the square' }));
      expect(parsed.ok && parsed.value.image).toBeInstanceOf(File);
    }
  });

  it('treats the empty file a browser sends when nothing was chosen as no image', () => {
    const parsed = parseArticleForm(articleForm({ image: file('application/octet-stream', 0) }));
    expect(parsed.ok && parsed.value.image).toBe(null);
  });

  it('reads the remove-image checkbox', () => {
    const parsed = parseArticleForm(articleForm({ removeImage: true }));
    expect(parsed.ok && parsed.value.removeImage).toBe(true);
  });

  it.each([
    ['headline', LIMITS.headline],
    ['dek', LIMITS.dek],
    ['slug', LIMITS.slug],
    ['correction', LIMITS.correction],
    ['imageCaption', LIMITS.caption],
    ['imageCredit', LIMITS.credit],
  ] as const)('refuses a %s over %i characters, accepts one at the limit', (field, max) => {
    const at = field === 'slug' ? 'a'.repeat(max) : 'ب'.repeat(max);
    const over = field === 'slug' ? 'a'.repeat(max + 1) : 'ب'.repeat(max + 1);
    expect(parseArticleForm(articleForm({ [field]: at })).ok).toBe(true);
    expect(errorsOf(articleForm({ [field]: over }))[field]).toEqual({ key: 'tooLong', values: { max } });
  });

  it('removes control characters but keeps the direction marks of right-to-left text, and normalizes line ends', () => {
    const parsed = parseArticleForm(articleForm({ headline: ' \u200Fخبر\u0000\u0007 فوری\u200E ', body: 'one\r\ntwo\rthree\u001B' }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.headline).toBe('\u200Fخبر فوری\u200E');
    expect(parsed.value.body).toBe('one\ntwo\nthree');
  });

  it('names every refused field at once', () => {
    const errors = errorsOf(articleForm({ headline: '', slug: 'Bad Slug', section: 'sport', bylines: [], body: '' }));
    expect(errors).toMatchObject({
      headline: { key: 'required' },
      slug: { key: 'slugFormat' },
      section: { key: 'sectionUnknown' },
      bylines: { key: 'bylineRequired' },
      body: { key: 'required' },
    });
  });
});

// ─── The breaking-news form ──────────────────────────────────────────────────────────────────

function breakingForm(fields: { text?: string; link?: string; minutes?: string }): FormData {
  const form = new FormData();
  form.set('text', fields.text ?? 'Polls have closed');
  form.set('link', fields.link ?? '');
  form.set('minutes', fields.minutes ?? '60');
  return form;
}

describe('parseBreakingForm()', () => {
  it('accepts an item without a link', () => {
    expect(parseBreakingForm(breakingForm({}))).toEqual({ ok: true, value: { text: 'Polls have closed', link: '', minutes: 60 } });
  });

  it.each(['/fa/sections/news', '/fa-AF/articles/12/slug', 'https://example.org/x', 'https://example.org/a?b=c#d'])(
    'accepts the link %s',
    (link) => {
      const parsed = parseBreakingForm(breakingForm({ link }));
      expect(parsed).toEqual({ ok: true, value: { text: 'Polls have closed', link, minutes: 60 } });
    },
  );

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    '//evil.example',
    '//evil.example/fa',
    '/\\evil.example',
    'http://example.org/x',
    'data:text/html,<b>x</b>',
    'vbscript:msgbox(1)',
    'fa/sections/news',
    'https://',
    'https://exa mple.org',
    '/fa /news',
  ])('refuses the link %j', (link) => {
    const parsed = parseBreakingForm(breakingForm({ link }));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.link).toEqual({ key: 'linkFormat' });
  });

  it('refuses a link over the length limit', () => {
    const parsed = parseBreakingForm(breakingForm({ link: `https://example.org/${'a'.repeat(LIMITS.link)}` }));
    expect(!parsed.ok && parsed.errors.link).toEqual({ key: 'tooLong', values: { max: LIMITS.link } });
  });

  it.each(breakingDurations.map(String))('accepts %s minutes', (minutes) => {
    const parsed = parseBreakingForm(breakingForm({ minutes }));
    expect(parsed.ok && parsed.value.minutes).toBe(Number(minutes));
  });

  it.each(['0', '1', '14', '45', '90', '2880', '-15', '15.5', 'abc', '', '1e3'])('refuses %j minutes', (minutes) => {
    const parsed = parseBreakingForm(breakingForm({ minutes }));
    expect(!parsed.ok && parsed.errors.minutes).toEqual({ key: 'duration' });
  });

  it('refuses an empty text and one over the limit', () => {
    const empty = parseBreakingForm(breakingForm({ text: '   ' }));
    expect(!empty.ok && empty.errors.text).toEqual({ key: 'required' });
    const long = parseBreakingForm(breakingForm({ text: 'ա'.repeat(LIMITS.breaking + 1) }));
    expect(!long.ok && long.errors.text).toEqual({ key: 'tooLong', values: { max: LIMITS.breaking } });
  });
});

// ─── The staff form ──────────────────────────────────────────────────────────────────────────

function staffForm(fields: {
  name?: string;
  email?: string;
  password?: string;
  role?: string;
  services?: string[];
  language?: string;
}): FormData {
  const form = new FormData();
  form.set('name', fields.name ?? 'Shirin Mohebbi');
  form.set('email', fields.email ?? 'Shirin@Polyphony.invalid');
  form.set('password', fields.password ?? 'a-long-enough-password');
  form.set('role', fields.role ?? 'editor');
  for (const s of fields.services ?? ['fa']) form.append('services', s);
  form.set('language', fields.language ?? 'fa');
  return form;
}

describe('parseStaffForm()', () => {
  it('parses a valid account, lower-casing the e-mail address', () => {
    expect(parseStaffForm(staffForm({}))).toEqual({
      ok: true,
      value: {
        name: 'Shirin Mohebbi',
        email: 'shirin@polyphony.invalid',
        password: 'a-long-enough-password',
        role: 'editor',
        services: ['fa'],
        language: 'fa',
      },
    });
  });

  it('lets an admin have no services, but not a reporter or an editor', () => {
    expect(parseStaffForm(staffForm({ role: 'admin', services: [] })).ok).toBe(true);
    for (const role of ['reporter', 'editor']) {
      const parsed = parseStaffForm(staffForm({ role, services: [] }));
      expect(!parsed.ok && parsed.errors.services, role).toEqual({ key: 'servicesRequired' });
    }
  });

  it('refuses unknown services, roles and languages, bad addresses and short passwords', () => {
    const errors = (fields: Parameters<typeof staffForm>[0]) => {
      const parsed = parseStaffForm(staffForm(fields));
      if (parsed.ok) throw new Error(`expected a refusal for ${JSON.stringify(fields)}`);
      return parsed.errors;
    };
    expect(errors({ services: ['fa', 'xx'] }).services).toBeDefined();
    expect(errors({ role: 'owner' }).role).toEqual({ key: 'required' });
    expect(errors({ language: 'xx' }).language).toEqual({ key: 'required' });
    expect(errors({ email: 'not-an-address' }).email).toEqual({ key: 'emailFormat' });
    expect(errors({ password: 'short' }).password).toEqual({ key: 'passwordLength', values: { min: 12 } });
    expect(errors({ password: 'x'.repeat(257) }).password).toEqual({ key: 'tooLong', values: { max: 256 } });
    expect(errors({ name: ' ' }).name).toEqual({ key: 'required' });
  });
});

// ─── Scheduling ──────────────────────────────────────────────────────────────────────────────

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall time an instant shows in a zone, in the datetime-local shape. */
function wallTime(instant: Date, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The zone's offset from UTC at an instant, in minutes. */
function offsetAt(instant: Date, timeZone: string): number {
  const [date, time] = wallTime(instant, timeZone).split('T');
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  return (Date.UTC(y, mo - 1, d, h, mi) - instant.getTime()) / 60_000;
}

/** The instants that show this wall time in the zone: one, two (clocks went back) or none (forward). */
function instantsShowing(local: string, timeZone: string): Date[] {
  const [date, time] = local.split('T');
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const offsets = new Set([-1, 0, 1].map((days) => offsetAt(new Date(asUtc + days * 86_400_000), timeZone)));
  return [...offsets].map((o) => new Date(asUtc - o * 60_000)).filter((i) => wallTime(i, timeZone) === local);
}

/** The instants in a year where the zone's offset changes (found by the day, then to the minute). */
function transitions(timeZone: string, year: number): Date[] {
  const found: Date[] = [];
  const DAY = 86_400_000;
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += DAY) {
    const before = offsetAt(new Date(t), timeZone);
    if (offsetAt(new Date(t + DAY), timeZone) === before) continue;
    let [lo, hi] = [t, t + DAY]; // offset at lo is the old one, at hi the new one
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetAt(new Date(mid), timeZone) === before) lo = mid;
      else hi = mid;
    }
    found.push(new Date(hi));
  }
  return found;
}

const YEAR = 2031;
const NOW = new Date(Date.UTC(YEAR - 1, 0, 1));
const serviceFor = (timeZone: string) => services.find((s) => s.timeZone === timeZone);

// Two zones with half-hour offsets and no daylight saving time, and three with it.
const scheduleZones = ['Asia/Tehran', 'Asia/Kabul', 'Europe/Budapest', 'Europe/Chisinau', 'Europe/Kyiv'];

describe('parseScheduleTime()', () => {
  it('is tested with zones of the services table, three of them with daylight saving time', () => {
    for (const zone of scheduleZones) expect(serviceFor(zone), zone).toBeDefined();
    expect(scheduleZones.filter((z) => transitions(z, YEAR).length === 2)).toEqual(['Europe/Budapest', 'Europe/Chisinau', 'Europe/Kyiv']);
    expect(transitions('Asia/Tehran', YEAR)).toHaveLength(0);
    expect(transitions('Asia/Kabul', YEAR)).toHaveLength(0);
  });

  describe.each(scheduleZones.map((zone) => serviceFor(zone)!))('in $timeZone ($code)', ({ timeZone }) => {
    it('maps ordinary wall times to the instant that shows them there', () => {
      for (const local of [
        `${YEAR}-01-15T12:00`,
        `${YEAR}-07-15T12:00`,
        `${YEAR}-03-01T00:00`,
        `${YEAR}-03-01T00:15`,
        `${YEAR}-08-31T23:59`,
        `${YEAR}-12-31T23:45`,
        `${YEAR}-02-28T04:30`,
      ]) {
        const when = parseScheduleTime(local, timeZone, NOW);
        expect(when, local).toBeInstanceOf(Date);
        expect(wallTime(when!, timeZone), local).toBe(local);
      }
    });

    it('maps every wall time of the days the clocks change, every 15 minutes, to an instant that shows it', () => {
      const wrong: string[] = [];
      for (const change of transitions(timeZone, YEAR)) {
        // The local day before the change and the local day of it.
        const day = wallTime(change, timeZone).slice(0, 10);
        const before = wallTime(new Date(change.getTime() - 86_400_000), timeZone).slice(0, 10);
        for (const date of [before, day])
          for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
            const local = `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
            const valid = instantsShowing(local, timeZone);
            if (valid.length === 0) continue; // skipped by the clocks going forward: no right answer
            const when = parseScheduleTime(local, timeZone, NOW);
            if (!when || !valid.some((v) => v.getTime() === when.getTime()))
              wrong.push(
                `${local} → ${when?.toISOString()} (shows ${when ? wallTime(when, timeZone) : 'nothing'}; right: ${valid.map((v) => v.toISOString()).join(' or ')})`,
              );
          }
      }
      expect(wrong).toEqual([]);
    });
  });

  it('knows the half-hour offsets of Tehran (UTC+3:30) and Kabul (UTC+4:30)', () => {
    expect(parseScheduleTime(`${YEAR}-01-15T12:00`, 'Asia/Tehran', NOW)?.toISOString()).toBe(`${YEAR}-01-15T08:30:00.000Z`);
    expect(parseScheduleTime(`${YEAR}-07-15T00:10`, 'Asia/Tehran', NOW)?.toISOString()).toBe(`${YEAR}-07-14T20:40:00.000Z`);
    expect(parseScheduleTime(`${YEAR}-01-15T12:00`, 'Asia/Kabul', NOW)?.toISOString()).toBe(`${YEAR}-01-15T07:30:00.000Z`);
    expect(parseScheduleTime(`${YEAR}-01-01T03:00`, 'Asia/Kabul', NOW)?.toISOString()).toBe(`${YEAR - 1}-12-31T22:30:00.000Z`);
  });

  it.each(services)('maps noon in winter and summer in $timeZone ($code)', ({ timeZone }) => {
    for (const local of [`${YEAR}-01-10T12:00`, `${YEAR}-07-10T12:00`]) {
      const when = parseScheduleTime(local, timeZone, NOW);
      expect(when && wallTime(when, timeZone), local).toBe(local);
    }
  });

  it('gives null for a time that has passed, or is now', () => {
    const now = new Date('2030-05-05T10:00:00Z');
    expect(parseScheduleTime('2030-05-05T12:29', 'Asia/Tehran', now)).toBeNull(); // 08:59 UTC
    expect(parseScheduleTime('2030-05-05T13:30', 'Asia/Tehran', now)).toBeNull(); // exactly now
    expect(parseScheduleTime('2030-05-05T13:31', 'Asia/Tehran', now)?.toISOString()).toBe('2030-05-05T10:01:00.000Z');
    expect(parseScheduleTime('2020-01-01T00:00', 'Asia/Kabul', now)).toBeNull();
    // Later than now in UTC but already past in Kabul (UTC+4:30).
    expect(parseScheduleTime('2030-05-05T14:00', 'Asia/Kabul', now)).toBeNull();
  });

  it.each([
    '',
    'tomorrow',
    '2031-01-15',
    '2031-01-15 12:00',
    '2031-01-15T12',
    '2031-01-15T12:00:00',
    '2031-01-15T12:00Z',
    '2031-01-15T12:00+03:30',
    '2031-1-15T12:00',
    ' 2031-01-15T12:00',
    '2031-01-15T12:00\n',
    '۲۰۳۱-۰۱-۱۵T۱۲:۰۰',
    '+02031-01-15T12:00',
  ])('gives null for the malformed %j', (local) => {
    expect(parseScheduleTime(local, 'Europe/Budapest', NOW)).toBeNull();
  });

  it('gives null for impossible dates and times, rather than some other day', () => {
    const impossible = [
      '2031-02-30T12:00',
      '2031-04-31T09:00',
      '2031-13-01T12:00',
      '2031-00-10T12:00',
      '2031-01-32T12:00',
      '2031-01-15T24:00',
      '2031-01-15T12:60',
    ];
    const accepted = impossible
      .map((local) => [local, parseScheduleTime(local, 'Europe/Budapest', NOW)?.toISOString()])
      .filter(([, when]) => when !== undefined);
    expect(accepted).toEqual([]);
  });
});
