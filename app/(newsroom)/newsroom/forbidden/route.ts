import { refusalResponse } from '@/app/(newsroom)/newsroom/refusal-response';

// Where the newsroom sends a member it refuses (an action or page they may not use).
export function GET() {
  return refusalResponse('forbidden');
}
