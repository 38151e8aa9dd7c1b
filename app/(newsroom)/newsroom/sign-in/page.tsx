import { getTranslations } from 'next-intl/server';
import { newsroomPaths, newsroomReturnPath } from '@/lib/routes';
import { newsroomLanguage } from '@/app/(newsroom)/newsroom/newsroom-language';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');

export default async function SignInPage({ searchParams }: Props) {
  const query = await searchParams;
  const { language } = await newsroomLanguage();
  const t = await getTranslations({ locale: language, namespace: 'newsroom.signIn' });
  const next = newsroomReturnPath(one(query.next)) ?? newsroomPaths.home();
  const notice = { invalid: t('invalid'), signedOut: t('signedOut'), required: t('required') }[one(query.error) || one(query.notice)];
  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('title')}</h1>
      {notice && (
        <p role={query.error ? 'alert' : 'status'} className={query.error ? 'form-error' : 'form-notice'}>
          {notice}
        </p>
      )}
      <form method="post" action={newsroomPaths.session()} className="stacked-form">
        <input type="hidden" name="next" value={next} />
        <label htmlFor="email">{t('email')}</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          maxLength={254}
          defaultValue={one(query.email).slice(0, 254)}
          dir="ltr"
        />
        <label htmlFor="password">{t('password')}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required maxLength={256} dir="ltr" />
        <button type="submit">{t('submit')}</button>
      </form>
    </section>
  );
}
