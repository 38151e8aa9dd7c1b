import type { ServiceCode } from '@/i18n/services';
import { paths } from '@/lib/routes';

export function ErrorMessage({ service, title, body, linkText }: { service: ServiceCode; title: string; body: string; linkText: string }) {
  return (
    <div className="error-message">
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <a href={paths.front(service)}>{linkText}</a>
      </p>
    </div>
  );
}
