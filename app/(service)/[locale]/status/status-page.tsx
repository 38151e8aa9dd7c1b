import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ErrorMessage } from '@/components/ErrorMessage';
import { PageFrame } from '@/components/PageFrame';
import { getLiveBreakingItem } from '@/db/access/breaking';
import { routeParams } from '@/lib/route-params';

// The pages the proxy answers unknown URLs (404) and unpublished articles (410) with. They are
// ordinary pages, rendered on the server and cached once per service; the status comes from the
// proxy's rewrite, and the paths are unreachable directly (the proxy 404s them).

export type StatusProps = { params: Promise<{ locale: string }> };

const text = {
  'not-found': { title: 'notFoundTitle', body: 'notFoundBody' },
  gone: { title: 'goneTitle', body: 'goneBody' },
} as const;

type Kind = keyof typeof text;
const routeOf = { 'not-found': 'notFound', gone: 'gone' } as const;

export async function statusMetadata(kind: Kind, { params }: StatusProps): Promise<Metadata> {
  const service = routeParams(routeOf[kind], await params).locale;
  const t = await getTranslations({ locale: service, namespace: 'errors' });
  return { title: t(text[kind].title), robots: { index: false } };
}

export async function StatusPage({ kind, params }: StatusProps & { kind: Kind }) {
  const service = routeParams(routeOf[kind], await params).locale;
  const [t, breaking] = await Promise.all([getTranslations({ locale: service, namespace: 'errors' }), getLiveBreakingItem(service)]);
  return (
    <PageFrame service={service} breaking={breaking}>
      <ErrorMessage service={service} title={t(text[kind].title)} body={t(text[kind].body)} linkText={t('toFrontPage')} />
    </PageFrame>
  );
}
