import { getTranslations } from 'next-intl/server';
import { ArticleBody } from '@/components/ArticleBody';
import { getEditableArticle } from '@/db/access/newsroom/article-read';
import { getService, type ServiceCode } from '@/i18n/services';

/** The story in another service, beside a translation, in its own language and direction. */
export async function SourcePanel({ service, id, language }: { service: ServiceCode; id: number; language: ServiceCode }) {
  const [source, t] = await Promise.all([
    getEditableArticle(service, id),
    getTranslations({ locale: language, namespace: 'newsroom.editor' }),
  ]);
  if (!source) return null;
  const s = getService(service);
  return (
    <aside className="source-panel" aria-labelledby="source-title">
      <h2 id="source-title">{t('source', { language: s.nativeName })}</h2>
      <article lang={s.htmlLang} dir={s.dir} className="article">
        <h3>{source.headline}</h3>
        {source.dek && <p className="article-dek">{source.dek}</p>}
        <ArticleBody markdown={source.body} />
      </article>
    </aside>
  );
}
