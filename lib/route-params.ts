import { notFound } from 'next/navigation';
import { z } from 'zod';
import { isServiceCode, type ServiceCode } from '@/i18n/services';

// URL parameters are parsed here, once, where they enter; pages get typed values or a 404.

export function serviceFromParam(locale: string): ServiceCode {
  if (!isServiceCode(locale)) notFound();
  return locale;
}

const id = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/)
  .transform(Number)
  .pipe(z.number().int().max(2_147_483_647));
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(120);
const page = z
  .string()
  .regex(/^[1-9][0-9]{0,5}$/)
  .transform(Number);

export function articleIdFromParam(value: string): number {
  const parsed = id.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}

export function slugFromParam(value: string): string {
  const parsed = slug.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}

export function pageFromParam(value: string): number {
  const parsed = page.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}
