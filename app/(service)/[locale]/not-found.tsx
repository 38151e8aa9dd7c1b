import { locale } from 'next/root-params';
import { getTranslations } from 'next-intl/server';
import { ErrorMessage } from '@/components/ErrorMessage';
import { PageFrame } from '@/components/PageFrame';
import { defaultServiceCode, isServiceCode } from '@/i18n/services';

// Rendered for build placeholders and unknown paths alike, so it reads no data.
export default async function ServiceNotFound() {
  const requested = await locale();
  const service = isServiceCode(requested) ? requested : defaultServiceCode;
  const t = await getTranslations({ locale: service, namespace: 'errors' });
  return (
    <PageFrame service={service} breaking={null}>
      <ErrorMessage service={service} title={t('notFoundTitle')} body={t('notFoundBody')} linkText={t('toFrontPage')} />
    </PageFrame>
  );
}
