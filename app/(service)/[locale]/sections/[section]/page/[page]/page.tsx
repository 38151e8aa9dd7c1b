import type { Metadata } from 'next';
import { BUILD_PLACEHOLDER } from '@/lib/build-placeholder';
import { routeParams } from '@/lib/route-params';
import { SectionPage, sectionMetadata } from '@/app/(service)/[locale]/sections/[section]/section-page';

type Props = { params: Promise<{ locale: string; section: string; page: string }> };

export function generateStaticParams() {
  return [{ page: BUILD_PLACEHOLDER }];
}

async function parse(params: Props['params']) {
  const { locale, section, page } = routeParams('sectionPage', await params);
  return { service: locale, section, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata(await parse(params));
}

export default async function SectionNumberedPage({ params }: Props) {
  return <SectionPage {...await parse(params)} />;
}
