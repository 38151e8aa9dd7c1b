import type { Metadata } from 'next';
import { BUILD_PLACEHOLDER } from '@/lib/build-placeholder';
import { routeParams } from '@/lib/route-params';
import { AuthorPage, authorMetadata } from '@/app/(service)/[locale]/authors/[author]/author-page';

type Props = { params: Promise<{ locale: string; author: string; page: string }> };

export function generateStaticParams() {
  return [{ page: BUILD_PLACEHOLDER }];
}

async function parse(params: Props['params']) {
  const { locale, author, page } = routeParams('authorPage', await params);
  return { service: locale, author, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { service, author, page } = await parse(params);
  return authorMetadata(service, author, page);
}

export default async function AuthorNumberedPage({ params }: Props) {
  return <AuthorPage {...await parse(params)} />;
}
