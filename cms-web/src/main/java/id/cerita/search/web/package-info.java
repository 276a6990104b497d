/**
 * The story search on the web: the JSON API, the newsroom's search page, and what the press room shares with it (the
 * query string {@link id.cerita.search.web.StorySearchParameters}, the filter links {@link id.cerita.search.web.SearchLinks}
 * and the facets as a page shows them {@link id.cerita.search.web.SearchFilters}), exposed to other features as the
 * named interface {@code search-web}.
 */
@org.springframework.modulith.NamedInterface("search-web")
package id.cerita.search.web;
