import { getTranslations } from 'next-intl/server';
import type { ServiceCode } from '@/i18n/services';
import { paths } from '@/lib/routes';

export type BannerItem = { id: number; text: string; link: string | null };

/**
 * The breaking-news banner. The server renders the current item, so it is there without
 * JavaScript; /scripts/breaking-banner.js (the page's one island) keeps it current in open pages.
 * The live region is always present so that screen readers announce an item that appears later.
 * Under a nonce policy (staff previews: 'strict-dynamic' ignores 'self') the script needs the
 * page's nonce; public pages' policy allows it from 'self'.
 */
export async function BreakingBanner({
  service,
  item,
  scriptNonce,
}: {
  service: ServiceCode;
  item: BannerItem | null;
  scriptNonce?: string;
}) {
  const t = await getTranslations({ locale: service, namespace: 'breaking' });
  return (
    <div
      className="breaking-region"
      aria-live="polite"
      aria-atomic="true"
      data-breaking-source={paths.breakingJson(service)}
      data-breaking-label={t('label')}
    >
      {item && (
        <section className="breaking" aria-label={t('label')} data-breaking-id={item.id}>
          <strong className="breaking-label">{t('label')}</strong>
          {item.link ? <a href={item.link}>{item.text}</a> : <span>{item.text}</span>}
        </section>
      )}
      <script src="/scripts/breaking-banner.js" defer nonce={scriptNonce} />
    </div>
  );
}
