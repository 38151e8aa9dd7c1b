// Cache tags shared by the cached reads and the invalidation that follows a content change.
export const tags = {
  article: (id: number) => `article:${id}`,
  service: (service: string) => `service:${service}`,
  section: (service: string, section: string) => `section:${service}:${section}`,
  author: (service: string, author: string) => `author:${service}:${author}`,
  translations: (group: string) => `translations:${group}`,
  breaking: (service: string) => `breaking:${service}`,
  /** An image file (its master's name), as lead image of an article */
  image: (file: string) => `image:${file}`,
};
