/**
 * Site paths, in one place. They are root-relative ("/articles/x/"); `withBase` prefixes
 * the deploy base path (BASE_PATH, e.g. "/corpus/") for links in pages and rendered HTML.
 */
export const paths = {
  home: () => '/',
  articles: () => '/articles/',
  article: (id: string) => `/articles/${id}/`,
  paragraph: (articleId: string, paragraphId: string) => `/articles/${articleId}/#${paragraphId}`,
  themes: () => '/themes/',
  theme: (id: string) => `/themes/${id}/`,
  /** Page `page` (1-based) of a theme's passages: page 1 is the theme page itself. */
  themePassages: (id: string, page: number) => (page <= 1 ? `/themes/${id}/` : `/themes/${id}/passages/${page}/`),
  actors: () => '/actors/',
  actor: (id: string) => `/actors/${id}/`,
  /** Page `page` (1-based) of an actor's mentions: page 1 is the actor page itself. */
  actorMentions: (id: string, page: number) => (page <= 1 ? `/actors/${id}/` : `/actors/${id}/mentions/${page}/`),
  timeline: () => '/timeline/',
  event: (id: string) => `/timeline/${id}/`,
  perspectives: () => '/perspectives/',
  perspective: (id: string) => `/perspectives/${id}/`,
  authors: () => '/authors/',
  author: (id: string) => `/authors/${id}/`,
  /** Atom feed of new articles or of timeline entries. */
  feed: (name: 'articles' | 'timeline') => `/feeds/${name}.xml`,
  /** Share image (og:image) of an article, or of the site ("site") for every other page. */
  shareImage: (name: string) => `/share/${name}.jpg`,
  robots: () => '/robots.txt',
  search: () => '/search/',
  data: () => '/data/',
  about: () => '/about/',
};

/** The base path from the environment, normalised to start and end with "/". */
export function basePath(raw = process.env.BASE_PATH ?? '/'): string {
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Prefixes a root-relative path with the base path. */
export function withBase(base: string, path: string): string {
  return base === '/' ? path : base.replace(/\/$/, '') + path;
}

/** Page `n` (1-based) of the timeline: page 1 is /timeline/ itself. */
export const timelinePagePath = (n: number): string => (n <= 1 ? '/timeline/' : `/timeline/page/${n}/`);

/** Page `n` (1-based) of a timeline slice (/timeline/<facet>/<id>/, then …/<n>/). */
export const slicePagePath = (facet: string, id: string, n: number): string => (n <= 1 ? `/timeline/${facet}/${id}/` : `/timeline/${facet}/${id}/${n}/`);

/** Page `n` (1-based) of the article list: page 1 is /articles/ itself. */
export const articleListPath = (n: number): string => (n <= 1 ? '/articles/' : `/articles/page/${n}/`);
