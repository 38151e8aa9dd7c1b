import { getTranslations } from 'next-intl/server';
import type { ServiceCode } from '@/i18n/services';
import type { Byline as BylineEntry } from '@/lib/content';
import { paths } from '@/lib/routes';

export async function Byline({ service, bylines }: { service: ServiceCode; bylines: BylineEntry[] }) {
  if (bylines.length === 0) return null;
  const t = await getTranslations({ locale: service, namespace: 'article' });
  const links = bylines.map((b) => (
    <a key={b.slug} href={paths.author(service, b.slug)} rel="author">
      {b.name}
    </a>
  ));
  return (
    <p className="byline">
      {t('bylinePrefix')}{' '}
      {links.map((link, i) => (
        <span key={i}>
          {i > 0 && (i === links.length - 1 ? ` ${t('bylineJoiner')} ` : ', ')}
          {link}
        </span>
      ))}
    </p>
  );
}
