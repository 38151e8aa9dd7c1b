import type { Metadata } from 'next';
import { BUILD_PLACEHOLDER } from '@/lib/build-placeholder';
import { SectionPage, sectionFromParams, sectionMetadata } from '@/app/(service)/[locale]/sections/[section]/section-page';

type Props = { params: Promise<{ locale: string; section: string }> };

export function generateStaticParams() {
  return [{ section: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, section } = await params;
  const parsed = sectionFromParams(locale, section);
  return sectionMetadata(parsed.service, parsed.section, 1);
}

export default async function SectionFirstPage({ params }: Props) {
  const { locale, section } = await params;
  return <SectionPage {...sectionFromParams(locale, section)} page={1} />;
}
