import { getService, type ServiceCode } from '@/i18n/services';
import type { ArticleCard } from '@/lib/content';
import { paths } from '@/lib/routes';
import { LeadImage } from '@/components/LeadImage';
import { StoryDate } from '@/components/StoryDate';

/** A story teaser. The headline is the link; the image is decorative beside it. */
export function StoryCard({
  story,
  headingLevel = 3,
  showImage = true,
  lead = false,
}: {
  story: ArticleCard;
  headingLevel?: 2 | 3;
  showImage?: boolean;
  lead?: boolean;
}) {
  const service = getService(story.service as ServiceCode);
  const Heading = `h${headingLevel}` as const;
  return (
    <article className={lead ? 'story-card story-card--lead' : 'story-card'}>
      {showImage && story.image && (
        <LeadImage
          image={story.image}
          alt=""
          priority={lead}
          sizes={lead ? '(min-width: 64rem) 40rem, 100vw' : '(min-width: 64rem) 20rem, 100vw'}
        />
      )}
      <div className="story-card-text">
        <Heading className="story-card-headline">
          <a href={paths.article(story.service, story.id, story.slug)}>{story.headline}</a>
        </Heading>
        {story.dek && <p className="story-card-dek">{story.dek}</p>}
        <p className="story-card-date">
          <StoryDate date={story.publishedAt} service={service} />
        </p>
      </div>
    </article>
  );
}
