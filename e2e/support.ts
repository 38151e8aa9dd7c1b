import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { serviceContent } from '@/db/seed/content-schema';
import { services, type Service } from '@/i18n/services';
import type { E2eFixtures } from '@/tests/support/e2e-fixtures';

export { services };
export type { Service };

export const fixtures: E2eFixtures = JSON.parse(readFileSync(process.env.E2E_FIXTURES ?? 'test-results/e2e-fixtures.json', 'utf8'));

export function demoContent(code: string) {
  return serviceContent.parse(JSON.parse(readFileSync(`db/seed/content/${code}.json`, 'utf8')));
}

/** The href of the lead story on a service's front page. */
export async function leadStoryHref(page: Page, service: Service): Promise<string> {
  await page.goto(`/${service.code}`);
  const href = await page.locator('.front-lead .story-card-headline a').getAttribute('href');
  if (!href) throw new Error(`no lead story on /${service.code}`);
  return href;
}
