import { StatusPage, statusMetadata, type StatusProps } from '../status-page';

export const generateMetadata = (props: StatusProps) => statusMetadata('gone', props);

export default function GonePage(props: StatusProps) {
  return <StatusPage kind="gone" {...props} />;
}
