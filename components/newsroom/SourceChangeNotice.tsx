import { getTranslations } from 'next-intl/server';
import { RevisionDiff, type RevisionField } from '@/components/newsroom/RevisionDiff';
import { getService, type ServiceCode } from '@/i18n/services';
import type { ArticleStatus } from '@/lib/content';
import { formatServiceNumber } from '@/lib/numbers';
import { newsroomPaths } from '@/lib/routes';
import { can, type Staff } from '@/lib/newsroom/permissions';
import { reviewCapability } from '@/lib/newsroom/translation-review';
import type { SourceChange } from '@/lib/newsroom/types';

// The words a translation carries over from its source; address, section and bylines are each
// service's own, so their changes are not the translator's business.
const translatedFields: RevisionField[] = ['headline', 'dek', 'body', 'correction', 'imageAlt'];

/**
 * "Source changed since translation": what changed in the source since the version the
 * translation follows, word by word, and the form that marks it reviewed. In a list it folds into
 * a <details> (open without JavaScript).
 */
export async function SourceChangeNotice({
  service,
  status,
  change,
  staff,
  action,
  back,
  folded = false,
}: {
  /** The translation's service and status */
  service: ServiceCode;
  status: ArticleStatus;
  change: SourceChange;
  staff: Staff;
  action: (form: FormData) => Promise<void>;
  /** Where the review form returns to */
  back: 'list' | 'editor';
  folded?: boolean;
}) {
  const t = await getTranslations({ locale: staff.language, namespace: 'newsroom.stale' });
  const s = getService(change.source.service);
  const version = (n: number) => formatServiceNumber(n, getService(staff.language), { grouping: false });
  // The source's own editor is linked only for members with rights in its service.
  const sourceHref = can(staff, 'write', s.code) ? newsroomPaths.article(s.code, change.source.id) : null;
  const content = (
    <>
      <p>{t('summary', { language: s.nativeName, from: version(change.fromVersion), to: version(change.toVersion) })}</p>
      <p>
        <cite lang={s.htmlLang} dir={s.dir}>
          {sourceHref ? <a href={sourceHref}>{change.source.headline}</a> : change.source.headline}
        </cite>
      </p>
      {change.before && change.after && (
        <RevisionDiff
          from={change.before}
          to={change.after}
          language={staff.language}
          textLang={s.htmlLang}
          textDir={s.dir}
          fields={translatedFields}
        />
      )}
      {can(staff, reviewCapability(status), service) ? (
        <form action={action} className="review-form">
          <input type="hidden" name="service" value={service} />
          <input type="hidden" name="id" value={change.translationId} />
          <input type="hidden" name="sourceVersion" value={change.toVersion} />
          <input type="hidden" name="back" value={back} />
          <button type="submit">{t('review')}</button>
        </form>
      ) : (
        <p>{t('editorReviews')}</p>
      )}
    </>
  );
  return folded ? (
    <details className="source-change">
      <summary>{t('title')}</summary>
      {content}
    </details>
  ) : (
    <section className="source-change" aria-labelledby={`source-change-${change.translationId}`}>
      <h2 id={`source-change-${change.translationId}`}>{t('title')}</h2>
      {content}
    </section>
  );
}
