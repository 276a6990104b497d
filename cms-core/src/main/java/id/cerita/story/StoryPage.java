package id.cerita.story;

import java.util.List;

/** One page of a list, numbered from 0. */
public record StoryPage(List<StorySummary> items, int page, int size, long total) {

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
