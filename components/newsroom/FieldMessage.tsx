'use client';

import { useTranslations } from 'next-intl';
import type { FieldError } from '@/lib/newsroom/forms';

/** A refused field's reason, in the member's language, tied to its input by id. */
export function FieldMessage({ id, error }: { id: string; error?: FieldError }) {
  const t = useTranslations('newsroom.errors');
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="field-error">
      {t(error.key, error.values)}
    </p>
  );
}

/** Props that mark an input invalid and point it at its message. */
export function invalidProps(id: string, error?: FieldError) {
  return error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};
}
