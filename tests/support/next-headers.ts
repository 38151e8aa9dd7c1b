// `next/headers` for the data tests: the data layer reads the request's headers (for the staff
// session cookie) through `headers()`, which outside a Next.js request would throw. Tests choose
// who is "making the request" with actAs().

let current = new Headers();

/** The headers of the current (pretend) request. */
export async function headers(): Promise<Headers> {
  return current;
}

/** Makes the following data-layer calls carry this Cookie header; null makes them anonymous. */
export function actAs(cookie: string | null): void {
  current = cookie === null ? new Headers() : new Headers({ cookie });
}
