import { StatusPage, statusMetadata, type StatusProps } from '@/app/(service)/[locale]/status/status-page';

export const generateMetadata = (props: StatusProps) => statusMetadata('gone', props);

export default function GonePage(props: StatusProps) {
  return <StatusPage kind="gone" {...props} />;
}
