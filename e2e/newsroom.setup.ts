import { test as setup } from '@playwright/test';
import { e2eStaff, type E2eStaffName } from '@/tests/support/e2e-staff';
import { sessionFile, signIn } from '@/e2e/newsroom-support';

// Each test account signs in once through the form; the newsroom tests reuse the session.
for (const who of Object.keys(e2eStaff) as E2eStaffName[]) {
  setup(`sign in as ${who}`, async ({ page }) => {
    await signIn(page, who);
    await page.context().storageState({ path: sessionFile(who) });
  });
}
