import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getLiveBreakingItem } from '../../../../../db/access/breaking';
import { ErrorMessage } from '../../../../../components/ErrorMessage';
import { PageFrame } from '../../../../../components/PageFrame';
import { serviceFromParam } from '../../../../../lib/route-params';

// Reached only through the proxy, which answers an unpublished article's URL with this page
// and status 410.
type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const service = serviceFromParam((await params).locale);
  const t = await getTranslations({ locale: service, namespace: 'errors' });
  return { title: t('goneTitle'), robots: { index: false } };
}

export default async function GonePage({ params }: Props) {
  const service = serviceFromParam((await params).locale);
  const t = await getTranslations({ locale: service, namespace: 'errors' });
  return (
    <PageFrame service={service} breaking={await getLiveBreakingItem(service)}>
      <ErrorMessage service={service} title={t('goneTitle')} body={t('goneBody')} linkText={t('toFrontPage')} />
    </PageFrame>
  );
}
