import { serviceCodes } from '@/i18n/services';
import type { NewStaffAccount } from '@/db/staff/accounts';

/** Newsroom accounts the end-to-end tests sign in with, on both databases (one password). */
export const E2E_STAFF_PASSWORD = 'e2e-staff-password-0123';
export const e2eStaff = {
  admin: { email: 'e2e.admin@polyphony.invalid', name: 'E2E Admin', role: 'admin', services: [], language: 'en' },
  editor: { email: 'e2e.editor@polyphony.invalid', name: 'E2E Editor', role: 'editor', services: serviceCodes, language: 'en' },
  secondEditor: {
    email: 'e2e.editor2@polyphony.invalid',
    name: 'E2E Second Editor',
    role: 'editor',
    services: serviceCodes,
    language: 'en',
  },
  reporter: { email: 'e2e.reporter@polyphony.invalid', name: 'E2E Reporter', role: 'reporter', services: serviceCodes, language: 'en' },
  faReporter: { email: 'e2e.fa.reporter@polyphony.invalid', name: 'گزارشگر آزمایشی', role: 'reporter', services: ['fa'], language: 'fa' },
  hyReporter: { email: 'e2e.hy.reporter@polyphony.invalid', name: 'Փորձնական թղթակից', role: 'reporter', services: ['hy'], language: 'hy' },
  huEditor: { email: 'e2e.hu.editor@polyphony.invalid', name: 'E2E Hungarian Editor', role: 'editor', services: ['hu'], language: 'hu' },
} satisfies Record<string, Omit<NewStaffAccount, 'password'>>;
export type E2eStaffName = keyof typeof e2eStaff;
