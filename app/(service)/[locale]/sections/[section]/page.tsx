import type { Metadata } from 'next';
import { BUILD_PLACEHOLDER } from '@/lib/build-placeholder';
import { routeParams } from '@/lib/route-params';
import { SectionPage, sectionMetadata } from '@/app/(service)/[locale]/sections/[section]/section-page';

type Props = { params: Promise<{ locale: string; section: string }> };

export function generateStaticParams() {
  return [{ section: BUILD_PLACEHOLDER }];
}

async function parse(params: Props['params']) {
  const { locale, section } = routeParams('section', await params);
  return { service: locale, section, page: 1 };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata(await parse(params));
}

export default async function SectionFirstPage({ params }: Props) {
  return <SectionPage {...await parse(params)} />;
}
