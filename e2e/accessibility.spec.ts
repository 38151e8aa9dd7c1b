import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { leadStoryHref, services } from '@/e2e/support';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

for (const service of services) {
  test(`no serious or critical axe violations on /${service.code} front and article pages`, async ({ page }) => {
    await page.goto(`/${service.code}`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(await leadStoryHref(page, service));
    expect(await seriousViolations(page)).toEqual([]);
  });
}
