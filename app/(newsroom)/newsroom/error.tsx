'use client';

import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { keepSentText } from '@/components/newsroom/kept-text';

// What a staff screen shows when it cannot be completed (a save whose answer was not the app's:
// the database down, a body the server refused). Whatever was being saved stays in this browser
// and the editor brings it back on reload (components/newsroom/kept-text.ts).
export default function NewsroomError() {
  const t = useTranslations('newsroom.failure');
  useEffect(keepSentText, []);
  return (
    <section className="stacked-form" role="alert">
      <h1>{t('boundaryTitle')}</h1>
      <p>{t('boundaryBody')}</p>
      <p>
        <button type="button" onClick={() => location.reload()}>
          {t('reload')}
        </button>
      </p>
    </section>
  );
}
