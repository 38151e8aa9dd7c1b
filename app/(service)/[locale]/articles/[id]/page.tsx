import { notFound, permanentRedirect } from 'next/navigation';
import { locateArticle } from '@/db/access/route-facts';
import { BUILD_PLACEHOLDER } from '@/lib/build-placeholder';
import { paths } from '@/lib/paths';
import { articleIdFromParam, serviceFromParam } from '@/lib/route-params';

export function generateStaticParams() {
  return [{ id: BUILD_PLACEHOLDER }];
}

/** An article URL without its slug moves permanently to the canonical one. */
export default async function ArticleWithoutSlug({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const service = serviceFromParam(locale);
  const articleId = articleIdFromParam(id);
  const locator = await locateArticle(articleId);
  if (!locator || locator.service !== service || locator.status !== 'published') notFound();
  permanentRedirect(paths.article(service, articleId, locator.slug));
}
