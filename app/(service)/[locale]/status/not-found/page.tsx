import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ErrorMessage } from '../../../../../components/ErrorMessage';
import { PageFrame } from '../../../../../components/PageFrame';
import { getLiveBreakingItem } from '../../../../../db/access/breaking';
import { serviceFromParam } from '../../../../../lib/route-params';

// Reached only through the proxy, which answers every unknown URL of a service with this page
// and status 404: one cached page per service, rendered on the server.
type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const service = serviceFromParam((await params).locale);
  const t = await getTranslations({ locale: service, namespace: 'errors' });
  return { title: t('notFoundTitle'), robots: { index: false } };
}

export default async function NotFoundPage({ params }: Props) {
  const service = serviceFromParam((await params).locale);
  const t = await getTranslations({ locale: service, namespace: 'errors' });
  return (
    <PageFrame service={service} breaking={await getLiveBreakingItem(service)}>
      <ErrorMessage service={service} title={t('notFoundTitle')} body={t('notFoundBody')} linkText={t('toFrontPage')} />
    </PageFrame>
  );
}
