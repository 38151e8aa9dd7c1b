import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { NewsroomHeader } from '@/components/newsroom/NewsroomHeader';
import { getService } from '@/i18n/services';
import { newsroomLanguage } from '@/app/(newsroom)/newsroom/newsroom-language';
import '@/app/globals.css';
import '@/app/newsroom.css';
import { messagesOf } from '@/i18n/messages';

// Staff screens: dynamic (they depend on who is signed in), never cached, never indexed.
export const instant = false;

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function NewsroomLayout({ children }: { children: ReactNode }) {
  const { staff, language } = await newsroomLanguage();
  const service = getService(language);
  const messages = await messagesOf(language);
  const t = await getTranslations({ locale: language, namespace: 'newsroom' });
  return (
    <html lang={service.htmlLang} dir={service.dir}>
      <head>
        <title>{t('title')}</title>
      </head>
      <body className="newsroom">
        <a className="skip-link" href="#content">
          {t('nav.home')}
        </a>
        <NextIntlClientProvider locale={language} messages={{ newsroom: messages.newsroom }} timeZone={service.timeZone}>
          <NewsroomHeader staff={staff} language={language} />
          <main id="content" tabIndex={-1} className="newsroom-main">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
