import { getTranslations } from 'next-intl/server';
import { getService, type ServiceCode } from '@/i18n/services';
import { MATCH_END, MATCH_START, type SearchHit } from '@/lib/content';
import { paths } from '@/lib/routes';
import { StoryDate } from '@/components/StoryDate';

/** Splits a snippet on the match markers the database put in; text stays text. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(MATCH_START);
  return (
    <>
      {parts[0]}
      {parts.slice(1).map((part, i) => {
        const [matched, ...after] = part.split(MATCH_END);
        return (
          <span key={i}>
            <mark>{matched}</mark>
            {after.join('')}
          </span>
        );
      })}
    </>
  );
}

export async function SearchResults({ service, hits }: { service: ServiceCode; hits: SearchHit[] }) {
  const s = getService(service);
  const names = await getTranslations({ locale: service, namespace: 'section' });
  return (
    <ol className="search-results">
      {hits.map((hit) => (
        <li key={hit.id}>
          <h2 className="story-card-headline">
            <a href={paths.article(service, hit.id, hit.slug)}>{hit.headline}</a>
          </h2>
          <p className="search-snippet">
            <Snippet text={hit.snippet} />
          </p>
          <p className="story-card-date">
            {names(hit.section)} · <StoryDate date={hit.publishedAt} service={s} />
          </p>
        </li>
      ))}
    </ol>
  );
}
