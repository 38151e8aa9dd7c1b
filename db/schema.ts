import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  customType,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { articleStatuses } from '@/lib/content';

// One schema for every service: each row carries the service code it belongs to.

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const articleStatus = pgEnum('article_status', articleStatuses);

export const sections = pgTable(
  'sections',
  {
    id: serial('id').primaryKey(),
    service: text('service').notNull(),
    slug: text('slug').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [uniqueIndex('sections_service_slug').on(t.service, t.slug)],
);

export const authors = pgTable(
  'authors',
  {
    id: serial('id').primaryKey(),
    service: text('service').notNull(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    bio: text('bio').notNull().default(''),
  },
  (t) => [uniqueIndex('authors_service_slug').on(t.service, t.slug)],
);

// An image file is language-neutral and may be shared; its alt text, caption and credit are the
// article's own (in the article's language), so a translation copies them and never shares them.
// Several rows may name one file (demo illustrations are named by their content): the media
// route asks by file who uses it.
export const images = pgTable(
  'images',
  {
    id: serial('id').primaryKey(),
    /** File name of the master image in the media folder */
    file: text('file').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('images_file').on(t.file)],
);

export const articles = pgTable(
  'articles',
  {
    id: serial('id').primaryKey(),
    service: text('service').notNull(),
    slug: text('slug').notNull(),
    sectionId: integer('section_id')
      .notNull()
      .references(() => sections.id),
    headline: text('headline').notNull(),
    dek: text('dek').notNull().default(''),
    /** Markdown source; rendered to React elements, never to raw HTML */
    body: text('body').notNull().default(''),
    /** The body as plain text, for search and snippets */
    bodyText: text('body_text').notNull().default(''),
    leadImageId: integer('lead_image_id').references(() => images.id),
    leadImageAlt: text('lead_image_alt').notNull().default(''),
    leadImageCaption: text('lead_image_caption').notNull().default(''),
    leadImageCredit: text('lead_image_credit').notNull().default(''),
    /** Public correction note, shown with "Updated" */
    correction: text('correction').notNull().default(''),
    /** Bumped by every newsroom save: a save based on an older version is refused */
    version: integer('version').notNull().default(1),
    status: articleStatus('status').notNull().default('draft'),
    /** First publication (or, while scheduled, the planned one) */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** Shown to readers as "Updated" when set */
    updatedAt: timestamp('updated_at', { withTimezone: true }),
    /** Links versions of one story across services */
    translationGroup: text('translation_group'),
    /** The story this one was translated from, and that story's version at the time (or when a
     * translator last marked the source's changes reviewed) */
    translatedFromId: integer('translated_from_id').references((): AnyPgColumn => articles.id, { onDelete: 'set null' }),
    translatedFromVersion: integer('translated_from_version'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Last editorial change of any kind (sitemaps' lastmod) */
    modifiedAt: timestamp('modified_at', { withTimezone: true }).notNull().defaultNow(),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('simple', coalesce(headline, '')), 'A') || setweight(to_tsvector('simple', coalesce(dek, '')), 'B') || setweight(to_tsvector('simple', coalesce(body_text, '')), 'C')`,
    ),
  },
  (t) => [
    uniqueIndex('articles_service_slug').on(t.service, t.slug),
    index('articles_service_status_published').on(t.service, t.status, t.publishedAt),
    index('articles_section_published').on(t.sectionId, t.status, t.publishedAt),
    index('articles_translation_group').on(t.translationGroup),
    index('articles_lead_image').on(t.leadImageId),
    index('articles_search').using('gin', t.searchVector),
  ],
);

export const articleAuthors = pgTable(
  'article_authors',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => authors.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.authorId] }), index('article_authors_author').on(t.authorId)],
);

export const breakingItems = pgTable(
  'breaking_items',
  {
    id: serial('id').primaryKey(),
    service: text('service').notNull(),
    text: text('text').notNull(),
    /** A path on this site or an absolute https URL */
    link: text('link'),
    createdBy: text('created_by'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('breaking_items_service_window').on(t.service, t.startsAt, t.expiresAt)],
);

// ─── Newsroom ────────────────────────────────────────────────────────────────────────────────

/** Staff roles, weakest first: reporters write drafts, editors publish, admins run everything. */
export const staffRole = pgEnum('staff_role', ['reporter', 'editor', 'admin']);

// The four tables Better Auth reads and writes (its documented core shape), plus the staff
// columns Polyphony adds to `user`: role, the services a member works in, and the language of
// their newsroom screens.
export const user = pgTable('user', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  role: staffRole('role').notNull().default('reporter'),
  services: text('services')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  language: text('language').notNull().default('en'),
  /** Set when an admin disables the account: it cannot sign in and its sessions are gone */
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  /** After an admin's password reset: the member must choose a new password at sign-in */
  mustChangePassword: boolean('must_change_password').notNull().default(false),
});

export const session = pgTable(
  'session',
  {
    id: text('id').primaryKey(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    token: text('token').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
  },
  (t) => [index('session_user').on(t.userId)],
);

export const account = pgTable(
  'account',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
    refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
    scope: text('scope'),
    password: text('password'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('account_user').on(t.userId)],
);

export const verification = pgTable('verification', {
  id: text('id').primaryKey(),
  identifier: text('identifier').notNull(),
  value: text('value').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Failed sign-ins, for throttling (shared by all instances): the e-mail as typed (lowercased, an
 * account or not) and the client's network (lib/newsroom/address-key.ts). Kept one day.
 */
export const failedSignIns = pgTable(
  'failed_sign_ins',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull(),
    address: text('address').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('failed_sign_ins_email_at').on(t.email, t.at),
    index('failed_sign_ins_address_at').on(t.address, t.at),
    index('failed_sign_ins_at').on(t.at),
  ],
);

/** Networks a member signed in from (the latest few): these get past the account-wide back-off. */
export const knownSignInAddresses = pgTable(
  'known_sign_in_addresses',
  {
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    address: text('address').notNull(),
    lastSignedInAt: timestamp('last_signed_in_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.address] })],
);

/** Every save of an article, as it was saved: what "compare" and "restore" work from. */
export const articleRevisions = pgTable(
  'article_revisions',
  {
    id: serial('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** The article's version this save produced */
    version: integer('version').notNull(),
    headline: text('headline').notNull(),
    dek: text('dek').notNull(),
    slug: text('slug').notNull(),
    body: text('body').notNull(),
    sectionId: integer('section_id').notNull(),
    authorIds: integer('author_ids').array().notNull(),
    leadImageId: integer('lead_image_id'),
    imageAlt: text('image_alt').notNull().default(''),
    imageCaption: text('image_caption').notNull().default(''),
    imageCredit: text('image_credit').notNull().default(''),
    correction: text('correction').notNull().default(''),
    savedBy: text('saved_by').references(() => user.id, { onDelete: 'set null' }),
    savedByName: text('saved_by_name').notNull(),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('article_revisions_article_version').on(t.articleId, t.version),
    index('article_revisions_lead_image').on(t.leadImageId),
  ],
);

export const auditAction = pgEnum('audit_action', [
  'publish',
  'schedule',
  'unpublish',
  'correct',
  'restore',
  'breaking_add',
  'breaking_edit',
  'breaking_end',
  'staff_add',
  'staff_change',
  'staff_disable',
  'staff_enable',
  'staff_password_reset',
  'take_over',
  'translation_reviewed',
]);

/** Who did what to the public site, and when. Names are copied so the log outlives accounts. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: serial('id').primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    staffId: text('staff_id').references(() => user.id, { onDelete: 'set null' }),
    staffName: text('staff_name').notNull(),
    service: text('service'),
    action: auditAction('action').notNull(),
    articleId: integer('article_id'),
    breakingItemId: integer('breaking_item_id'),
    detail: text('detail').notNull().default(''),
  },
  (t) => [index('audit_log_service_at').on(t.service, t.at)],
);

/**
 * Who has an article open in the editor (kept current by a heartbeat from the open page), and
 * which of them holds the edit lock (`lockSince` set). A row whose heartbeat is older than a few
 * minutes no longer counts: the lock ends by itself.
 */
export const editPresence = pgTable(
  'edit_presence',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    staffId: text('staff_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    staffName: text('staff_name').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    seenAt: timestamp('seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set while this member holds the edit lock: since when */
    lockSince: timestamp('lock_since', { withTimezone: true }),
    /** Set when another member took the lock over from this one: their name, to tell this one */
    takenOverBy: text('taken_over_by'),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.staffId] })],
);
