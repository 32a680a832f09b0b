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
  timelineAnchor: (id: string) => `/timeline/#${id}`,
  event: (id: string) => `/timeline/${id}/`,
  authors: () => '/authors/',
  author: (id: string) => `/authors/${id}/`,
  /** Atom feed of new articles or of timeline entries. */
  feed: (name: 'articles' | 'timeline') => `/feeds/${name}.xml`,
  /** Share image (og:image) of an article, or of the site ("site") for every other page. */
  shareImage: (name: string) => `/share/${name}.png`,
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
