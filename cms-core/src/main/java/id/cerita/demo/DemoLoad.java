package id.cerita.demo;

import java.util.Map;
import java.util.TreeMap;

/** What one run of the demo loader created, by kind ("users", "providers", "courses", "events", "alumni", "stories"). */
public record DemoLoad(Map<String, Integer> created) {

    public DemoLoad {
        created = Map.copyOf(created);
    }

    public int created(String kind) {
        return created.getOrDefault(kind, 0);
    }

    public boolean createdNothing() {
        return created.values().stream().allMatch(n -> n == 0);
    }

    static final class Counter {

        private final Map<String, Integer> counts = new TreeMap<>();

        void count(String kind) {
            counts.merge(kind, 1, Integer::sum);
        }

        void add(String kind, int n) {
            counts.merge(kind, n, Integer::sum);
        }

        DemoLoad result() {
            return new DemoLoad(counts);
        }
    }
}
