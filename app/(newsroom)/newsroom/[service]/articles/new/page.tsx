import { getTranslations } from 'next-intl/server';
import { ArticleEditor } from '@/components/newsroom/ArticleEditor';
import { getService } from '@/i18n/services';
import { saveArticleAction } from '@/app/(newsroom)/newsroom/actions';
import { guard, newsroomParams } from '@/app/(newsroom)/newsroom/guard';
import { editorOptions } from '@/app/(newsroom)/newsroom/[service]/articles/editor-choices';

type Props = { params: Promise<{ service: string }> };

export default async function NewArticlePage({ params }: Props) {
  const { service: code } = newsroomParams('newArticle', await params);
  const staff = await guard('write', code);
  const [t, options] = await Promise.all([getTranslations({ locale: staff.language, namespace: 'newsroom.editor' }), editorOptions(code)]);
  const empty = {
    baseVersion: '',
    headline: '',
    dek: '',
    slug: '',
    section: options.sections[0].slug,
    bylines: [],
    body: '',
    correction: '',
    imageAlt: '',
    imageCaption: '',
    imageCredit: '',
  };
  return (
    <section aria-labelledby="editor-title">
      <h1 id="editor-title">{t('newTitle', { service: getService(code).nativeName })}</h1>
      <ArticleEditor
        action={saveArticleAction.bind(null, code, null)}
        initial={{ values: empty, errors: {} }}
        image={null}
        canCorrect={false}
        {...options}
      />
    </section>
  );
}
