package id.cerita.search.web;

import java.util.List;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** Links of a search page that change one parameter of the current search (a facet, the sort, the next page). */
public final class SearchLinks {

    private final UriComponentsBuilder current;

    SearchLinks(UriComponentsBuilder current) {
        this.current = current;
    }

    /** The links of the search the current request shows. */
    public static SearchLinks ofCurrentRequest() {
        return new SearchLinks(ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("lang"));
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

    /** Removes one value of a filter; without its province, a regency filter goes too (it drills down from there). */
    public String removing(String name, String value) {
        UriComponentsBuilder link = current.cloneBuilder().replaceQueryParam("after");
        List<String> left = current.build().getQueryParams().getOrDefault(name, List.of()).stream()
            .filter(v -> !v.equals(value)).toList();
        link.replaceQueryParam(name, left.toArray());
        if (name.equals("province") && left.isEmpty()) {
            link.replaceQueryParam("regency");
        }
        return link.build().encode().toUriString();
    }

    public String replacing(String name, String value) {
        return current.cloneBuilder().replaceQueryParam("after").replaceQueryParam(name, value).build().encode()
            .toUriString();
    }

    /** The same search for the words exactly as typed, with no respelling. */
    public String exactly(String words) {
        return current.cloneBuilder().replaceQueryParam("after").replaceQueryParam("q", words)
            .replaceQueryParam("exact", "1").build().encode().toUriString();
    }

    public String next(String cursor) {
        return current.cloneBuilder().replaceQueryParam("after", cursor).build().encode().toUriString();
    }

    /** The first page of the same search. */
    public String first() {
        return current.cloneBuilder().replaceQueryParam("after").build().encode().toUriString();
    }
}
