import { serviceCodes, type ServiceCode } from '@/i18n/services';

// Who may do what, in one place. The data-access layer asks these questions before every read
// and write of newsroom data; pages only use them to decide what to show.

export const staffRoles = ['reporter', 'editor', 'admin'] as const;
export type StaffRole = (typeof staffRoles)[number];

export type Staff = {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  /** Services named on the account (admins work in all of them whatever this says) */
  services: ServiceCode[];
  language: ServiceCode;
  /** After an admin reset the password: nothing but choosing a new one until then */
  mustChangePassword: boolean;
};

/**
 * write: create and edit drafts; publish: publish, schedule, unpublish, edit what is public and
 * correct it; breaking: run the breaking-news desk; audit: read the audit log; staff: manage
 * accounts (admins only, across services).
 */
export type Capability = 'write' | 'publish' | 'breaking' | 'audit' | 'staff';

const roleCapabilities: Record<StaffRole, readonly Capability[]> = {
  reporter: ['write'],
  editor: ['write', 'publish', 'breaking', 'audit'],
  admin: ['write', 'publish', 'breaking', 'audit', 'staff'],
};

export function servicesOf(staff: Staff): ServiceCode[] {
  return staff.role === 'admin' ? [...serviceCodes] : staff.services;
}

/** Whether the member may do this in this service (or, without a service, in any of theirs). */
export function can(staff: Staff, capability: Capability, service?: string): boolean {
  if (!roleCapabilities[staff.role].includes(capability)) return false;
  if (service === undefined) return servicesOf(staff).length > 0;
  return (servicesOf(staff) as string[]).includes(service);
}
