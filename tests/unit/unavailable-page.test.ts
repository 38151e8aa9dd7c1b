import { describe, expect, it } from 'vitest';
import { services } from '@/i18n/services';
import { unavailablePage } from '@/scripts/unavailable-page';

describe('the page readers get when something fails on our side', () => {
  it.each(services)('is in the language and direction of /$code', (service) => {
    const html = unavailablePage(`/${service.code}/articles/1/x?q=1`);
    expect(html).toContain(`<html lang="${service.htmlLang}" dir="${service.dir}">`);
    expect(html).toContain(`href="/${service.code}"`);
    expect(html).not.toMatch(/\bat [\w.]+ \(|Error/);
  });

  it('falls back to English for URLs of no service, and escapes nothing it is given', () => {
    const html = unavailablePage('/<script>alert(1)</script>');
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).not.toContain('<script>');
  });
});
