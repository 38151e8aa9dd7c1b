import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { BUILD_PLACEHOLDER } from '@/lib/build-placeholder';
import { paths } from '@/lib/paths';
import { pageFromParam, serviceFromParam, slugFromParam } from '@/lib/route-params';
import { AuthorPage, authorMetadata } from '@/app/(service)/[locale]/authors/[author]/author-page';

type Props = { params: Promise<{ locale: string; author: string; page: string }> };

export function generateStaticParams() {
  return [{ page: BUILD_PLACEHOLDER }];
}

async function parse(params: Props['params']) {
  const { locale, author, page } = await params;
  const parsed = { service: serviceFromParam(locale), author: slugFromParam(author), page: pageFromParam(page) };
  if (parsed.page === 1) permanentRedirect(paths.author(parsed.service, parsed.author));
  return parsed;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { service, author, page } = await parse(params);
  return authorMetadata(service, author, page);
}

export default async function AuthorNumberedPage({ params }: Props) {
  return <AuthorPage {...await parse(params)} />;
}
