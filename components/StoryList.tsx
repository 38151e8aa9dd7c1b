import type { ArticleCard } from '@/lib/content';
import { StoryCard } from '@/components/StoryCard';

export function StoryList({ stories, showImages = true }: { stories: ArticleCard[]; showImages?: boolean }) {
  return (
    <ul className="story-list">
      {stories.map((story) => (
        <li key={story.id}>
          <StoryCard story={story} showImage={showImages} />
        </li>
      ))}
    </ul>
  );
}
