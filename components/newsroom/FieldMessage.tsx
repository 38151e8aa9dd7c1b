'use client';

import { useTranslations } from 'next-intl';
import { useMemberService } from '@/components/newsroom/use-member-service';
import { withServiceNumbers } from '@/lib/numbers';
import type { FieldError } from '@/lib/newsroom/forms';

/** How a refusal reads to the member: their language, numbers in their digits. */
export function useErrorText(): (error: FieldError) => string {
  const t = useTranslations('newsroom.errors');
  const service = useMemberService();
  return (error) => t(error.key, error.values && withServiceNumbers(error.values, service));
}

/** A refused field's reason, in the member's language, tied to its input by id. */
export function FieldMessage({ id, error }: { id: string; error?: FieldError }) {
  const errorText = useErrorText();
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="field-error">
      {errorText(error)}
    </p>
  );
}

/** Props that mark an input invalid and point it at its message. */
export function invalidProps(id: string, error?: FieldError) {
  return error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};
}
