package id.cerita.coverage.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;

import id.cerita.common.GatheringId;
import id.cerita.common.StoryId;
import id.cerita.coverage.ClipDetails;
import id.cerita.coverage.PressClip;

/** The clip form's fields as typed; bound by Spring MVC, so a mutable bean. */
public class ClipForm {

    private String outlet;
    private String url;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate publishedOn;
    private String reporter;
    private String headline;
    private String excerpt;
    private String language = "id";
    private Long reach;
    private GatheringId gatheringId;
    private Set<StoryId> storyIds = new LinkedHashSet<>();

    static ClipForm of(ClipDetails d) {
        ClipForm form = new ClipForm();
        form.outlet = d.outlet();
        form.url = d.url();
        form.publishedOn = d.publishedOn();
        form.reporter = d.reporter();
        form.headline = d.headline();
        form.excerpt = d.excerpt();
        form.language = d.language();
        form.reach = d.reach();
        form.gatheringId = d.gatheringId();
        form.storyIds = new LinkedHashSet<>(d.storyIds());
        return form;
    }

    static ClipForm of(PressClip clip) {
        return of(clip.details());
    }

    ClipDetails toDetails() {
        return new ClipDetails(outlet, url, publishedOn, reporter, headline, excerpt, language, reach, gatheringId,
                storyIds);
    }

    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
    public String getReporter() { return reporter; }
    public void setReporter(String reporter) { this.reporter = reporter; }
    public String getHeadline() { return headline; }
    public void setHeadline(String headline) { this.headline = headline; }
    public String getExcerpt() { return excerpt; }
    public void setExcerpt(String excerpt) { this.excerpt = excerpt; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public Long getReach() { return reach; }
    public void setReach(Long reach) { this.reach = reach; }
    public GatheringId getGatheringId() { return gatheringId; }
    public void setGatheringId(GatheringId gatheringId) { this.gatheringId = gatheringId; }
    public Set<StoryId> getStoryIds() { return storyIds; }
    public void setStoryIds(Set<StoryId> storyIds) { this.storyIds = storyIds == null ? new LinkedHashSet<>() : storyIds; }
}
