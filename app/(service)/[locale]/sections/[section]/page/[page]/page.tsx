import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { BUILD_PLACEHOLDER } from '@/lib/build-placeholder';
import { paths } from '@/lib/paths';
import { pageFromParam } from '@/lib/route-params';
import { SectionPage, sectionFromParams, sectionMetadata } from '@/app/(service)/[locale]/sections/[section]/section-page';

type Props = { params: Promise<{ locale: string; section: string; page: string }> };

export function generateStaticParams() {
  return [{ page: BUILD_PLACEHOLDER }];
}

async function parse(params: Props['params']) {
  const { locale, section, page } = await params;
  const parsed = sectionFromParams(locale, section);
  const n = pageFromParam(page);
  if (n === 1) permanentRedirect(paths.section(parsed.service, parsed.section));
  return { ...parsed, page: n };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { service, section, page } = await parse(params);
  return sectionMetadata(service, section, page);
}

export default async function SectionNumberedPage({ params }: Props) {
  return <SectionPage {...await parse(params)} />;
}
