// Outside Next.js the cache directives are inert; the data tests exercise the queries only.
export function cacheLife(): void {}
export function cacheTag(): void {}
export function revalidateTag(): void {}
