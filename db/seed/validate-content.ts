// Checks demo content files: `npx tsx db/seed/validate-content.ts [service…]`.
import { readFileSync } from 'node:fs';
import { serviceContent } from '@/db/seed/content-schema';
import { serviceCodes } from '@/i18n/services';

const codes = process.argv.slice(2).length ? process.argv.slice(2) : serviceCodes;
let failed = false;
for (const code of codes) {
  const file = new URL(`./content/${code}.json`, import.meta.url);
  const result = serviceContent.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (result.success) console.log(`${code}: ok (${result.data.articles.length} articles)`);
  else {
    failed = true;
    console.log(`${code}: ${result.error.message}`);
  }
}
process.exit(failed ? 1 : 0);
