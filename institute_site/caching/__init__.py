"""The page cache: whole responses for anonymous visitors, shared by every web process.

- `middleware.PageCacheMiddleware` serves and stores the pages, with the HTTP caching headers a
  CDN needs (Cache-Control, ETag, Last-Modified, Vary) and conditional GETs answered with 304.
- `generation` holds the site generation: a token every cached entry carries and every
  publication replaces, so one write to the shared cache invalidates every page of every process.
- `invalidation` replaces it when pages are published, unpublished, moved or deleted, and when
  other content (snippets, images, documents, settings, sites) is saved or deleted; it also
  calls the CDN purge hook (`settings.CDN_PURGE_HANDLER`).
- `memo` keeps, in each process and for one generation, the parts pages share (fragments, related
  pages, listing results), so that a page the cache misses is rendered from them; `routing` keeps
  the site, the route of each address and the site root paths the same way.

The design and its trade-offs are described in docs/caching.md.
"""
