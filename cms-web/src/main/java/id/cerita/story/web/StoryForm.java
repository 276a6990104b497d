package id.cerita.story.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import id.cerita.common.AlumnusId;
import id.cerita.common.CourseId;
import id.cerita.common.GatheringId;
import id.cerita.story.Language;
import id.cerita.story.Outcome;
import id.cerita.story.OutcomeKind;
import id.cerita.story.Quote;
import id.cerita.story.SourceReference;
import id.cerita.story.Story;
import id.cerita.story.StoryContent;

/**
 * What the story editor form posts. A form backing bean of its own (never the aggregate): it turns into the
 * {@link StoryContent} command, dropping the empty rows the form always offers for new quotes, outcomes and sources.
 */
public class StoryForm {

    /** How many empty rows the form offers for each repeatable section. */
    static final int SPARE_ROWS = 1;

    private Long version;
    private Language language = Language.ID;
    private String title;
    private String slug;
    private String summary;
    private String body = "";
    private AlumnusId alumnusId;
    private String province;
    private String regionCode;
    private GatheringId gatheringId;
    private List<CourseId> courseIds = new ArrayList<>();
    private List<String> themeCodes = new ArrayList<>();
    private List<QuoteRow> quotes = new ArrayList<>();
    private List<OutcomeRow> outcomes = new ArrayList<>();
    private List<SourceRow> sources = new ArrayList<>();

    static StoryForm of(Story story) {
        StoryForm form = new StoryForm();
        form.version = story.version();
        form.language = story.language();
        form.title = story.title();
        form.slug = story.slug().value();
        form.summary = story.summary();
        form.body = story.body();
        form.alumnusId = story.alumnusId();
        form.regionCode = story.regionCode() == null ? null : story.regionCode().value();
        form.province = story.regionCode() == null ? null : story.regionCode().province().value();
        form.gatheringId = story.gatheringId();
        form.courseIds = new ArrayList<>(story.courseIds());
        form.themeCodes = new ArrayList<>(story.themeCodes());
        story.quotes().forEach(q -> form.quotes.add(new QuoteRow(q.text(), q.speaker(), q.speakerRole())));
        story.outcomes().forEach(o -> form.outcomes.add(new OutcomeRow(o)));
        story.sources().forEach(s -> form.sources.add(new SourceRow(s.outlet(), s.title(), s.url(), s.publishedOn())));
        return form;
    }

    StoryContent toContent() {
        return new StoryContent(language, title, blankToNull(slug), summary, body == null ? "" : body, alumnusId,
                blankToNull(regionCode), gatheringId, new LinkedHashSet<>(courseIds), new LinkedHashSet<>(themeCodes),
                quotes.stream().filter(r -> r != null && !r.isEmpty()).map(QuoteRow::toQuote).toList(),
                outcomes.stream().filter(r -> r != null && !r.isEmpty()).map(OutcomeRow::toOutcome).toList(),
                sources.stream().filter(r -> r != null && !r.isEmpty()).map(SourceRow::toSource).toList());
    }

    /** Pads each repeatable section with empty rows to type into. */
    StoryForm withSpareRows() {
        quotes.removeIf(r -> r == null || r.isEmpty());
        outcomes.removeIf(r -> r == null || r.isEmpty());
        sources.removeIf(r -> r == null || r.isEmpty());
        for (int i = 0; i < SPARE_ROWS; i++) {
            quotes.add(new QuoteRow());
            outcomes.add(new OutcomeRow());
            sources.add(new SourceRow());
        }
        return this;
    }

    /** The province to list regencies for: chosen explicitly, or the one of the chosen regency. */
    public String effectiveProvince() {
        if (province != null && !province.isBlank()) {
            return province;
        }
        return regionCode != null && regionCode.length() >= 2 ? regionCode.substring(0, 2) : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public static class QuoteRow {
        private String text;
        private String speaker;
        private String speakerRole;

        public QuoteRow() {
        }

        QuoteRow(String text, String speaker, String speakerRole) {
            this.text = text;
            this.speaker = speaker;
            this.speakerRole = speakerRole;
        }

        boolean isEmpty() {
            return blank(text) && blank(speaker) && blank(speakerRole);
        }

        Quote toQuote() {
            return new Quote(text, speaker, blankToNull(speakerRole));
        }

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public String getSpeaker() { return speaker; }
        public void setSpeaker(String speaker) { this.speaker = speaker; }
        public String getSpeakerRole() { return speakerRole; }
        public void setSpeakerRole(String speakerRole) { this.speakerRole = speakerRole; }
    }

    public static class OutcomeRow {
        private OutcomeKind kind;
        private String description;
        private Long baseline;
        private Long amount;
        private String formerly;
        private String source;

        public OutcomeRow() {
        }

        OutcomeRow(Outcome outcome) {
            this.kind = outcome.kind();
            this.description = outcome.description();
            this.baseline = outcome.baseline();
            this.amount = outcome.amount();
            this.formerly = outcome.formerly();
            this.source = outcome.source();
        }

        boolean isEmpty() {
            return kind == null && blank(description) && baseline == null && amount == null && blank(formerly)
                    && blank(source);
        }

        Outcome toOutcome() {
            return new Outcome(kind, description, baseline, amount, formerly, source);
        }

        public OutcomeKind getKind() { return kind; }
        public void setKind(OutcomeKind kind) { this.kind = kind; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public Long getBaseline() { return baseline; }
        public void setBaseline(Long baseline) { this.baseline = baseline; }
        public String getFormerly() { return formerly; }
        public void setFormerly(String formerly) { this.formerly = formerly; }
        public Long getAmount() { return amount; }
        public void setAmount(Long amount) { this.amount = amount; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
    }

    public static class SourceRow {
        private String outlet;
        private String title;
        private String url;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate publishedOn;

        public SourceRow() {
        }

        SourceRow(String outlet, String title, String url, LocalDate publishedOn) {
            this.outlet = outlet;
            this.title = title;
            this.url = url;
            this.publishedOn = publishedOn;
        }

        boolean isEmpty() {
            return blank(outlet) && blank(title) && blank(url) && publishedOn == null;
        }

        SourceReference toSource() {
            return new SourceReference(outlet, title, blankToNull(url), publishedOn);
        }

        public String getOutlet() { return outlet; }
        public void setOutlet(String outlet) { this.outlet = outlet; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getUrl() { return url; }
        public void setUrl(String url) { this.url = url; }
        public LocalDate getPublishedOn() { return publishedOn; }
        public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public Language getLanguage() { return language; }
    public void setLanguage(Language language) { this.language = language; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public AlumnusId getAlumnusId() { return alumnusId; }
    public void setAlumnusId(AlumnusId alumnusId) { this.alumnusId = alumnusId; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public GatheringId getGatheringId() { return gatheringId; }
    public void setGatheringId(GatheringId gatheringId) { this.gatheringId = gatheringId; }
    public List<CourseId> getCourseIds() { return courseIds; }
    public void setCourseIds(List<CourseId> courseIds) { this.courseIds = courseIds; }
    public List<String> getThemeCodes() { return themeCodes; }
    public void setThemeCodes(List<String> themeCodes) { this.themeCodes = themeCodes; }
    public List<QuoteRow> getQuotes() { return quotes; }
    public void setQuotes(List<QuoteRow> quotes) { this.quotes = quotes; }
    public List<OutcomeRow> getOutcomes() { return outcomes; }
    public void setOutcomes(List<OutcomeRow> outcomes) { this.outcomes = outcomes; }
    public List<SourceRow> getSources() { return sources; }
    public void setSources(List<SourceRow> sources) { this.sources = sources; }
}
