import { serveFeed } from '../../../feed-route';

export function GET(request: Request, { params }: { params: Promise<{ locale: string; section: string }> }) {
  return serveFeed(request, 'atom', params);
}
