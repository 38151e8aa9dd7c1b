import { serveFeed } from '@/app/(service)/[locale]/feed-route';

export function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return serveFeed(request, 'rss', params);
}
