package id.cerita.impact;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import id.cerita.region.Region;
import id.cerita.story.StoryDetails;

/** The impact figures and the per-province counts of the map, read together from the same published stories. */
public record ImpactOverview(ImpactReport report, List<ProvinceFigures> provinces) {

    public ImpactOverview {
        provinces = List.copyOf(provinces);
    }

    /**
     * The overview of public stories: {@link ImpactTally}'s figures, and per province of {@code provinces} the stories
     * (a story and its translations once) and the clips of {@code clipsPerProvince}.
     */
    public static ImpactOverview of(List<StoryDetails> publicStories, List<Region> provinces,
            Map<String, Long> clipsPerProvince, ZoneId zone) {
        Map<String, Set<UUID>> stories = new HashMap<>();
        publicStories.forEach(s -> stories.computeIfAbsent(s.province().code(), c -> new HashSet<>())
            .add(s.translationKey()));
        List<ProvinceFigures> figures = provinces.stream()
            .map(p -> new ProvinceFigures(p.code(), p.name(), stories.getOrDefault(p.code(), Set.of()).size(),
                    clipsPerProvince.getOrDefault(p.code(), 0L)))
            .toList();
        return new ImpactOverview(ImpactTally.of(publicStories, zone), figures);
    }

    public Map<String, Long> storiesPerProvince() {
        return per(ProvinceFigures::stories);
    }

    public Map<String, Long> clipsPerProvince() {
        return per(ProvinceFigures::clips);
    }

    private Map<String, Long> per(ToLongFunction<ProvinceFigures> figure) {
        return provinces.stream().collect(Collectors.toMap(ProvinceFigures::code, figure::applyAsLong));
    }
}
