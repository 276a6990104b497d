package id.cerita.search.web;

import org.springframework.web.util.UriComponentsBuilder;

/** Links of the search page that change one parameter of the current search (a facet, the sort, the next page). */
public final class SearchLinks {

    private final UriComponentsBuilder current;

    SearchLinks(UriComponentsBuilder current) {
        this.current = current;
    }

    /** Adds a filter value (and starts again at the first page). */
    public String with(String name, String value) {
        return current.cloneBuilder().replaceQueryParam("after").queryParam(name, value).build().encode().toUriString();
    }

    /** Removes every value of a filter. */
    public String without(String name) {
        return current.cloneBuilder().replaceQueryParam(name).replaceQueryParam("after").build().encode()
            .toUriString();
    }

    public String replacing(String name, String value) {
        return current.cloneBuilder().replaceQueryParam("after").replaceQueryParam(name, value).build().encode()
            .toUriString();
    }

    public String next(String cursor) {
        return current.cloneBuilder().replaceQueryParam("after", cursor).build().encode().toUriString();
    }
}
