// Cache Components needs one sample value per dynamic segment at build time. Pages get this
// placeholder, answer it with notFound() before touching data, and so the build needs no
// database; real URLs render on their first request and are cached from then on.
export const BUILD_PLACEHOLDER = '_';
