'use client';

import { useActionState, useState, useSyncExternalStore } from 'react';
import { useTranslations } from 'next-intl';
import { ArticleBody } from '@/components/ArticleBody';
import { FieldMessage, invalidProps, useErrorText } from '@/components/newsroom/FieldMessage';
import { useKeptText } from '@/components/newsroom/kept-text';
import { LIMITS, MAX_IMAGE_BYTES } from '@/lib/newsroom/limits';
import type { ArticleFormValues, FieldError, FieldErrors } from '@/lib/newsroom/forms';
import type { LockRefusal } from '@/lib/newsroom/types';

const noSubscription = () => () => {};

/** A refused save comes back with what was typed, and why: field errors or a lost edit lock. */
type State = { values: ArticleFormValues; errors: FieldErrors; lock?: LockRefusal };

export type EditorProps = {
  action: (previous: State, form: FormData) => Promise<State>;
  initial: State;
  service: { htmlLang: string; dir: 'ltr' | 'rtl' };
  sections: { slug: string; name: string }[];
  authors: { id: number; name: string }[];
  image: { src: string; alt: string } | null;
  /** Editors may add a public correction note to a published story */
  canCorrect: boolean;
};

/**
 * The article form with a live preview. The preview renders the body with the public page's own
 * component, in the service's direction, as the journalist types.
 */
export function ArticleEditor({ action, initial, service, sections, authors, image, canCorrect }: EditorProps) {
  const t = useTranslations('newsroom');
  const errorText = useErrorText();
  const [state, formAction, pending] = useActionState(action, initial);
  const [values, setValues] = useState(state.values);
  // Marks the form once React runs it, so the live preview is known to be live (and tests do not
  // race hydration with a click): false on the server, true in the browser.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  // A refused save comes back with what was typed: show it again.
  const [shown, setShown] = useState(state);
  if (shown !== state) {
    setShown(state);
    setValues(state.values);
  }
  const kept = useKeptText(values, state.values, setValues);
  // Checked here too, so a too-large image is refused before minutes of uploading it.
  const [imageTooLarge, setImageTooLarge] = useState<FieldError>();
  const set = (name: keyof ArticleFormValues) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [name]: event.target.value }));
  const errors = state.errors;
  const imageError = errors.image ?? imageTooLarge;
  const text = { lang: service.htmlLang, dir: service.dir };
  const refusal = state.lock
    ? t('presence.tookOver', state.lock)
    : errors.form
      ? errorText(errors.form)
      : Object.keys(errors).length > 0
        ? t('editor.fixErrors')
        : null;

  return (
    <div className="editor-layout">
      <form
        action={formAction}
        onSubmit={kept.onSubmit}
        className="stacked-form editor-form"
        noValidate
        data-hydrated={hydrated || undefined}
      >
        {kept.restored && !refusal && (
          <p role="status" className="form-notice">
            {t('failure.restored')}
          </p>
        )}
        {refusal && (
          <div role="alert" className="form-error">
            {refusal}
          </div>
        )}
        <input type="hidden" name="baseVersion" value={values.baseVersion} />

        <label htmlFor="headline">{t('editor.headline')}</label>
        <input
          id="headline"
          name="headline"
          value={values.headline}
          onChange={set('headline')}
          maxLength={LIMITS.headline}
          required
          {...text}
          {...invalidProps('headline', errors.headline)}
        />
        <FieldMessage id="headline" error={errors.headline} />

        <label htmlFor="dek">{t('editor.dek')}</label>
        <textarea
          id="dek"
          name="dek"
          rows={2}
          value={values.dek}
          onChange={set('dek')}
          maxLength={LIMITS.dek}
          {...text}
          {...invalidProps('dek', errors.dek)}
        />
        <FieldMessage id="dek" error={errors.dek} />

        <label htmlFor="slug">{t('editor.slug')}</label>
        <input
          id="slug"
          name="slug"
          value={values.slug}
          onChange={set('slug')}
          maxLength={LIMITS.slug}
          dir="ltr"
          aria-describedby="slug-hint"
          {...invalidProps('slug', errors.slug)}
        />
        <p id="slug-hint" className="hint">
          {t('editor.slugHint')}
        </p>
        <FieldMessage id="slug" error={errors.slug} />

        <label htmlFor="section">{t('editor.section')}</label>
        <select id="section" name="section" value={values.section} onChange={set('section')} {...invalidProps('section', errors.section)}>
          {sections.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name}
            </option>
          ))}
        </select>
        <FieldMessage id="section" error={errors.section} />

        <fieldset {...invalidProps('bylines', errors.bylines)}>
          <legend>{t('editor.bylines')}</legend>
          <p className="hint">{t('editor.bylinesHint')}</p>
          {authors.map((a) => (
            <label key={a.id} className="check">
              <input
                type="checkbox"
                name="bylines"
                value={a.id}
                checked={values.bylines.includes(String(a.id))}
                onChange={(e) =>
                  setValues((v) => ({
                    ...v,
                    bylines: e.target.checked ? [...v.bylines, String(a.id)] : v.bylines.filter((b) => b !== String(a.id)),
                  }))
                }
              />{' '}
              <span {...text}>{a.name}</span>
            </label>
          ))}
          <FieldMessage id="bylines" error={errors.bylines} />
        </fieldset>

        <label htmlFor="body">{t('editor.body')}</label>
        <p id="body-hint" className="hint">
          {t('editor.bodyHint')}
        </p>
        <textarea
          id="body"
          name="body"
          rows={18}
          value={values.body}
          onChange={set('body')}
          maxLength={LIMITS.body}
          aria-describedby="body-hint"
          {...text}
          {...invalidProps('body', errors.body)}
        />
        <FieldMessage id="body" error={errors.body} />

        <fieldset>
          <legend>{t('editor.image')}</legend>
          {image && (
            <>
              <p>{t('editor.currentImage')}</p>
              <img src={image.src} alt={image.alt} width={320} height={180} className="editor-image" />
              <label className="check">
                <input type="checkbox" name="removeImage" /> {t('editor.removeImage')}
              </label>
            </>
          )}
          <label htmlFor="image">{t('editor.image')}</label>
          <input
            id="image"
            name="image"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            aria-describedby="image-hint"
            onChange={(event) => {
              const tooLarge = (event.target.files?.[0]?.size ?? 0) > MAX_IMAGE_BYTES;
              setImageTooLarge(tooLarge ? { key: 'imageTooLarge' } : undefined);
              if (tooLarge) event.target.value = '';
            }}
            {...invalidProps('image', imageError)}
          />
          <p id="image-hint" className="hint">
            {t('editor.imageHint')}
          </p>
          <FieldMessage id="image" error={imageError} />
          <label htmlFor="imageAlt">{t('editor.imageAlt')}</label>
          <input
            id="imageAlt"
            name="imageAlt"
            value={values.imageAlt}
            onChange={set('imageAlt')}
            maxLength={LIMITS.alt}
            {...text}
            {...invalidProps('imageAlt', errors.imageAlt)}
          />
          <FieldMessage id="imageAlt" error={errors.imageAlt} />
          <label htmlFor="imageCaption">{t('editor.caption')}</label>
          <input
            id="imageCaption"
            name="imageCaption"
            value={values.imageCaption}
            onChange={set('imageCaption')}
            maxLength={LIMITS.caption}
            {...text}
          />
          <label htmlFor="imageCredit">{t('editor.credit')}</label>
          <input
            id="imageCredit"
            name="imageCredit"
            value={values.imageCredit}
            onChange={set('imageCredit')}
            maxLength={LIMITS.credit}
            {...text}
          />
        </fieldset>

        {canCorrect ? (
          <>
            <label htmlFor="correction">{t('editor.correction')}</label>
            <p id="correction-hint" className="hint">
              {t('editor.correctionHint')}
            </p>
            <textarea
              id="correction"
              name="correction"
              rows={2}
              value={values.correction}
              onChange={set('correction')}
              maxLength={LIMITS.correction}
              aria-describedby="correction-hint"
              {...text}
              {...invalidProps('correction', errors.correction)}
            />
            <FieldMessage id="correction" error={errors.correction} />
          </>
        ) : (
          <input type="hidden" name="correction" value={values.correction} />
        )}

        <button type="submit" disabled={pending}>
          {t('editor.save')}
        </button>
      </form>

      <section className="live-preview" aria-labelledby="live-preview-title">
        <h2 id="live-preview-title">{t('editor.livePreview')}</h2>
        <article className="article" {...text}>
          <h1>{values.headline}</h1>
          {values.dek && <p className="article-dek">{values.dek}</p>}
          <ArticleBody markdown={values.body} />
        </article>
      </section>
    </div>
  );
}
