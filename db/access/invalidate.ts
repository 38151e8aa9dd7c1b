import 'server-only';
import { revalidateTag } from 'next/cache';
import { forgetRouteFacts, forgetTaggedRouteFacts } from '@/db/access/route-facts';
import { tags } from '@/db/access/cache-tags';

/** An article as it stood before or after a change: enough to name every page that shows it. */
export type ArticlePlacement = {
  id: number;
  service: string;
  section: string;
  authorSlugs: string[];
  translationGroup: string | null;
  /** The master file of its lead image: whether readers may fetch that image follows the article */
  leadImage: string | null;
};

/** The tags a change to these article states touches; pass both the old and the new state. */
export function tagsForArticleChange(states: ArticlePlacement[]): string[] {
  const touched = new Set<string>();
  for (const s of states) {
    touched.add(tags.article(s.id));
    touched.add(tags.service(s.service));
    touched.add(tags.section(s.service, s.section));
    for (const author of s.authorSlugs) touched.add(tags.author(s.service, author));
    if (s.translationGroup) touched.add(tags.translations(s.translationGroup));
    if (s.leadImage) touched.add(tags.image(s.leadImage));
  }
  return [...touched];
}

/** Readers see the change on their next request; pages the change does not touch stay cached. */
export function invalidateArticleChange(states: ArticlePlacement[]): string[] {
  const touched = tagsForArticleChange(states);
  for (const tag of touched) revalidateTag(tag, { expire: 0 });
  for (const service of new Set(states.map((s) => s.service)))
    forgetRouteFacts(
      service,
      states.filter((s) => s.service === service).map((s) => s.id),
    );
  forgetTaggedRouteFacts(touched);
  return touched;
}

export function invalidateBreaking(service: string): void {
  revalidateTag(tags.breaking(service), { expire: 0 });
}
