// Every public URL is built here, so links, redirects, canonicals and tests agree.

/** Widths and aspect ratios the media route serves images at */
export const mediaWidths = [320, 640, 960, 1280, 1600] as const;
export const mediaRatios = { '16x9': 16 / 9, '4x3': 4 / 3, '1x1': 1 } as const;
export type MediaRatio = keyof typeof mediaRatios;
const enc = encodeURIComponent;

export const paths = {
  front: (service: string) => `/${service}`,
  article: (service: string, id: number, slug: string) => `/${service}/articles/${id}/${slug}`,
  section: (service: string, section: string, page = 1) =>
    page > 1 ? `/${service}/sections/${section}/page/${page}` : `/${service}/sections/${section}`,
  author: (service: string, author: string, page = 1) =>
    page > 1 ? `/${service}/authors/${author}/page/${page}` : `/${service}/authors/${author}`,
  search: (service: string, query?: string, page = 1) =>
    `/${service}/search${query ? `?q=${enc(query)}${page > 1 ? `&page=${page}` : ''}` : ''}`,
  breakingJson: (service: string) => `/api/breaking/${service}`,
  allSites: () => '/sites',
  /** One of a service's sitemaps: 'pages', 'news' or an article file number */
  sitemap: (service: string, name: string) => `/sitemaps/${service}/${name}.xml`,
  /** A master image (name.png) as WebP, cropped to a ratio, at one of the served widths */
  media: (file: string, width: number, ratio: MediaRatio = '16x9') => `/media/${ratio}/${width}/${file.replace(/\.png$/, '.webp')}`,
};
