import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getFrontPage } from '@/db/access/articles';
import { getLiveBreakingItem } from '@/db/access/breaking';
import { PageFrame } from '@/components/PageFrame';
import { StoryCard } from '@/components/StoryCard';
import { StoryList } from '@/components/StoryList';
import { getService } from '@/i18n/services';
import { JsonLd } from '@/components/JsonLd';
import { frontPageLanguages, pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/routes';
import { organizationDocument, website } from '@/lib/structured-data';
import { routeParams } from '@/lib/route-params';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const code = routeParams('front', await params).locale;
  const s = getService(code);
  const t = await getTranslations({ locale: code, namespace: 'front' });
  return pageMetadata(s, paths.front(code), {
    title: `${s.brand}: ${t('title', { language: s.nativeName })}`,
    description: t('description', { language: s.nativeName, brand: s.brand }),
    languages: frontPageLanguages(),
  });
}

export default async function FrontPage({ params }: Props) {
  const code = routeParams('front', await params).locale;
  const service = getService(code);
  const [front, breaking, t, sectionName] = await Promise.all([
    getFrontPage(code, service.sections),
    getLiveBreakingItem(code),
    getTranslations({ locale: code, namespace: 'front' }),
    getTranslations({ locale: code, namespace: 'section' }),
  ]);
  return (
    <PageFrame service={code} breaking={breaking}>
      <JsonLd data={organizationDocument(service)} />
      <JsonLd data={website(service)} />
      <h1 className="visually-hidden">{t('title', { language: service.nativeName })}</h1>
      {front.lead && (
        <section aria-labelledby="top-story" className="front-lead">
          <h2 id="top-story" className="visually-hidden">
            {t('topStory')}
          </h2>
          <StoryCard story={front.lead} headingLevel={3} lead />
        </section>
      )}
      {front.latest.length > 0 && (
        <section aria-labelledby="latest" className="front-latest">
          <h2 id="latest">{t('latest')}</h2>
          <StoryList stories={front.latest} showImages={false} />
        </section>
      )}
      {front.sections.map(({ slug, stories }) => (
        <section key={slug} aria-labelledby={`section-${slug}`} className="front-section">
          <h2 id={`section-${slug}`}>
            <a href={paths.section(code, slug)}>{sectionName(slug)}</a>
          </h2>
          <StoryList stories={stories} />
        </section>
      ))}
    </PageFrame>
  );
}
