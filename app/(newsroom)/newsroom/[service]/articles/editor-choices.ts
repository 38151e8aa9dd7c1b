import 'server-only';
import { getTranslations } from 'next-intl/server';
import { getEditorChoices } from '@/db/access/newsroom/article-read';
import { getService, type ServiceCode } from '@/i18n/services';

/** What the editor form offers for a service: its sections (named in its language) and authors. */
export async function editorOptions(code: ServiceCode) {
  const [choices, sectionName] = await Promise.all([getEditorChoices(code), getTranslations({ locale: code, namespace: 'section' })]);
  const service = getService(code);
  return {
    service: { htmlLang: service.htmlLang, dir: service.dir },
    sections: choices.sections.map((slug) => ({ slug, name: sectionName(slug) })),
    authors: choices.authors,
  };
}
