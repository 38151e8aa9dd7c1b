import { getTranslations } from 'next-intl/server';
import type { Revision } from '@/lib/newsroom/types';
import { wordDiff } from '@/lib/newsroom/word-diff';
import type { ServiceCode } from '@/i18n/services';

export type RevisionField = 'headline' | 'dek' | 'slug' | 'section' | 'bylines' | 'body' | 'correction' | 'imageAlt';
const allFields: RevisionField[] = ['headline', 'dek', 'slug', 'section', 'bylines', 'body', 'correction', 'imageAlt'];

const asText = (r: Revision, f: RevisionField) => (f === 'bylines' ? r.bylines.join(', ') : (r[f] ?? ''));

/** Two revisions side by side, field by field (all, or those named): removed words struck out, added words marked. */
export async function RevisionDiff({
  from,
  to,
  language,
  textLang,
  textDir,
  fields = allFields,
}: {
  from: Revision;
  to: Revision;
  language: ServiceCode;
  textLang: string;
  textDir: 'ltr' | 'rtl';
  fields?: readonly RevisionField[];
}) {
  const t = await getTranslations({ locale: language, namespace: 'newsroom' });
  const changed = fields.filter((field) => asText(from, field) !== asText(to, field));
  if (changed.length === 0) return <p>{t('revisions.noChanges')}</p>;
  return (
    <dl className="revision-diff">
      {changed.map((field) => (
        <div key={field}>
          <dt>{t(`editor.${field}`)}</dt>
          <dd lang={textLang} dir={textDir}>
            {wordDiff(asText(from, field), asText(to, field), textLang).map((part, i) =>
              part.kind === 'added' ? (
                <ins key={i}>{part.text}</ins>
              ) : part.kind === 'removed' ? (
                <del key={i}>{part.text}</del>
              ) : (
                <span key={i}>{part.text}</span>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
