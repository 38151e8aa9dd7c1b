import { refusalResponse } from '@/app/(newsroom)/newsroom/refusal-response';

// Where the newsroom sends a member who asked for something that does not exist.
export function GET() {
  return refusalResponse('missing');
}
