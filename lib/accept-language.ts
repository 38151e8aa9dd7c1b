import { defaultServiceCode, services, type ServiceCode } from '@/i18n/services';

// Every tag a service answers to, lower-cased: its URL code, html lang and hreflang, plus
// codes readers' browsers send for the same language.
const tagToService = new Map<string, ServiceCode>();
for (const s of services) for (const tag of [s.code, s.htmlLang, s.hreflang]) tagToService.set(tag.toLowerCase(), s.code);
tagToService.set('prs', 'fa-AF'); // ISO 639-3 Dari
tagToService.set('fa-ir', 'fa');
tagToService.set('ro-ro', 'ro');
tagToService.set('sr-cyrl', 'sr');
tagToService.set('uz-latn', 'uz');

const MAX_HEADER = 1024;
const MAX_ENTRIES = 32;

/** The service that best matches an Accept-Language header; English when nothing does. */
export function negotiateService(header: string | null): ServiceCode {
  if (!header) return defaultServiceCode;
  const ranges = header
    .slice(0, MAX_HEADER)
    .split(',')
    .slice(0, MAX_ENTRIES)
    .map((entry, index) => {
      const [tag, ...params] = entry.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => /^[a-z]{1,8}(-[a-z0-9]{1,8})*$/.test(r.tag) && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranges) {
    // Try the whole tag, then shorter prefixes: fa-IR-x → fa-IR → fa.
    const parts = tag.split('-');
    for (let n = parts.length; n > 0; n--) {
      const match = tagToService.get(parts.slice(0, n).join('-'));
      if (match) return match;
    }
  }
  return defaultServiceCode;
}
