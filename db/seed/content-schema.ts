import { z } from 'zod';
import { sectionSlugs } from '@/i18n/services';

// The shape of one service's demo content file (db/seed/content/<service>.json).

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(80);

export const illustrationMotifs = ['globe', 'chart', 'mountains', 'city', 'book', 'waves'] as const;

const demoArticle = z
  .object({
    slug,
    section: z.enum(sectionSlugs),
    status: z.enum(['published', 'draft', 'scheduled']),
    /** Published: hours before the seed ran. Scheduled: hours after it (positive). */
    hoursFromNow: z.number().optional(),
    /** A fixed publication instant, for stories that report past events. */
    publishedAt: z.iso.datetime({ offset: true }).optional(),
    updatedHoursAgo: z.number().positive().nullable().optional(),
    translationKey: z.string().nullable().optional(),
    headline: z.string().min(10).max(200),
    dek: z.string().min(20).max(400),
    body: z.string().min(400),
    authors: z.array(slug).min(1),
    image: z.object({
      motif: z.enum(illustrationMotifs),
      alt: z.string().min(10),
      caption: z.string().min(10),
      credit: z.string().min(3),
    }),
  })
  .strict();

export const serviceContent = z
  .object({
    authors: z.array(z.object({ slug, name: z.string().min(3), bio: z.string().min(20) }).strict()).min(2),
    articles: z.array(demoArticle).min(11),
    breaking: z
      .object({ text: z.string().min(10).max(300), articleSlug: slug.nullable() })
      .strict()
      .nullable(),
  })
  .strict()
  .superRefine((content, ctx) => {
    const authorSlugs = new Set(content.authors.map((a) => a.slug));
    const articleSlugs = new Set<string>();
    content.articles.forEach((article, i) => {
      if (articleSlugs.has(article.slug)) ctx.addIssue({ code: 'custom', path: ['articles', i, 'slug'], message: 'duplicate slug' });
      articleSlugs.add(article.slug);
      for (const a of article.authors)
        if (!authorSlugs.has(a)) ctx.addIssue({ code: 'custom', path: ['articles', i, 'authors'], message: `unknown author ${a}` });
      if (article.status === 'scheduled' && !(article.hoursFromNow && article.hoursFromNow > 0))
        ctx.addIssue({ code: 'custom', path: ['articles', i], message: 'scheduled needs positive hoursFromNow' });
      if (article.status === 'published' && article.hoursFromNow === undefined && !article.publishedAt)
        ctx.addIssue({ code: 'custom', path: ['articles', i], message: 'published needs hoursFromNow (negative) or publishedAt' });
    });
    const published = content.articles.filter((a) => a.status === 'published');
    if (published.length < 8) ctx.addIssue({ code: 'custom', path: ['articles'], message: 'needs at least 8 published' });
    if (new Set(published.map((a) => a.section)).size < 3)
      ctx.addIssue({ code: 'custom', path: ['articles'], message: 'published stories must span at least 3 sections' });
    if (content.breaking?.articleSlug && !articleSlugs.has(content.breaking.articleSlug))
      ctx.addIssue({ code: 'custom', path: ['breaking'], message: 'breaking links to an unknown article' });
  });

export type ServiceContent = z.infer<typeof serviceContent>;
export type DemoArticle = z.infer<typeof demoArticle>;
