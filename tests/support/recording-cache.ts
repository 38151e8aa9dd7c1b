// `next/cache` for data tests that check what a change expires: records the tags it revalidates
// (tests/support/next-cache.ts, the default stub, does nothing). Use it with
// vi.mock('next/cache', () => import('@/tests/support/recording-cache')).
export const revalidated: string[] = [];

export function cacheLife(): void {}
export function cacheTag(): void {}
export function revalidateTag(tag: string): void {
  revalidated.push(tag);
}
