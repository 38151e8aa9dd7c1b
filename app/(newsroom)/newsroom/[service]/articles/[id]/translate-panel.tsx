import { getTranslations } from 'next-intl/server';
import type { EditableArticle } from '@/lib/newsroom/types';
import { getService, type ServiceCode } from '@/i18n/services';
import { servicesOf, type Staff } from '@/lib/newsroom/permissions';

/** "Translate this story into …": the member's other services that have no version of it yet. */
export async function TranslatePanel({
  article,
  staff,
  existing,
  action,
}: {
  article: EditableArticle;
  staff: Staff;
  existing: ServiceCode[];
  action: (form: FormData) => Promise<void>;
}) {
  const targets = servicesOf(staff).filter((s) => s !== article.service && !existing.includes(s));
  if (targets.length === 0) return null;
  const t = await getTranslations({ locale: staff.language, namespace: 'newsroom.editor' });
  return (
    <form action={action} className="translate-form">
      <input type="hidden" name="service" value={article.service} />
      <input type="hidden" name="id" value={article.id} />
      <label htmlFor="translate-target">{t('translateInto')}</label>
      <select id="translate-target" name="target">
        {targets.map((code) => {
          const s = getService(code);
          return (
            <option key={code} value={code} lang={s.htmlLang}>
              {s.nativeName}
            </option>
          );
        })}
      </select>
      <button type="submit">{t('translate')}</button>
    </form>
  );
}
