import { sql } from 'drizzle-orm';
import {
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

// One schema for every service: each row carries the service code it belongs to.

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const articleStatus = pgEnum('article_status', ['draft', 'scheduled', 'published', 'unpublished']);

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

export const images = pgTable('images', {
  id: serial('id').primaryKey(),
  /** File name of the master image in the media folder */
  file: text('file').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  alt: text('alt').notNull(),
  caption: text('caption').notNull().default(''),
  credit: text('credit').notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

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
    status: articleStatus('status').notNull().default('draft'),
    /** First publication (or, while scheduled, the planned one) */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** Shown to readers as "Updated" when set */
    updatedAt: timestamp('updated_at', { withTimezone: true }),
    /** Links versions of one story across services */
    translationGroup: text('translation_group'),
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
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('breaking_items_service_window').on(t.service, t.startsAt, t.expiresAt)],
);
