import { env } from '@/lib/env';

// Absolute URLs for crawlers and feed readers: the site origin, or a service's own origin where
// the broadcaster runs one domain per service (SERVICE_ORIGINS).

export function originFor(service?: string): string {
  return (service && env.SERVICE_ORIGINS[service]) || new URL(env.SITE_URL).origin;
}

export function absoluteUrl(path: string, service?: string): string {
  return new URL(path, originFor(service)).toString();
}
