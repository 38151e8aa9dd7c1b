import { StatusPage, statusMetadata, type StatusProps } from '@/app/(service)/[locale]/status/status-page';

export const generateMetadata = (props: StatusProps) => statusMetadata('not-found', props);

export default function NotFoundPage(props: StatusProps) {
  return <StatusPage kind="not-found" {...props} />;
}
