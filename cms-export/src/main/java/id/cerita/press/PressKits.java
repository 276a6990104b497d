package id.cerita.press;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.cerita.alumni.ConsentScope;
import id.cerita.audit.AuditLog;
import id.cerita.common.StoryId;
import id.cerita.common.SystemActor;
import id.cerita.press.PressKitRefused.Reason;
import id.cerita.press.internal.KitAssembler;
import id.cerita.press.internal.PressArticle;
import id.cerita.press.internal.PressArticles;
import id.cerita.press.internal.ReleaseLine;
import id.cerita.story.Audience;
import id.cerita.story.Language;
import id.cerita.story.StoryDetails;
import id.cerita.story.StoryDetails.Translation;
import id.cerita.story.StoryReader;

/**
 * Press kits: one ZIP with the release as PDF, DOCX and text, ninjs, NewsML-G2, the photos and a manifest, in the
 * story's language and every translation the press may see. The story is read through
 * {@link StoryReader#publishedIncludingEmbargoed(StoryId, Audience)} for {@link Audience#PRESS}, so the press consent rule is core's; the
 * kit refuses, with a reason, whatever that rule or the embargo keeps from the person asking.
 */
public class PressKits {

    private final StoryReader reader;
    private final PressSettingsStore settings;
    private final StoryEmbargoes embargoes;
    private final PressPhotos photos;
    private final PressArticles articles;
    private final KitAssembler assembler;
    private final ZoneId zone;
    private final Clock clock;
    private final AuditLog audit;

    PressKits(StoryReader reader, PressSettingsStore settings, StoryEmbargoes embargoes, PressPhotos photos,
            PressArticles articles, KitAssembler assembler, ZoneId zone, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.zone = zone;
        this.reader = reader;
        this.settings = settings;
        this.embargoes = embargoes;
        this.photos = photos;
        this.articles = articles;
        this.assembler = assembler;
        this.clock = clock;
    }

    /**
     * The kit for one story, or {@link PressKitRefused} saying why there is none for this person. Each kit handed
     * out is recorded in the audit log ("press-kit.downloaded", with the person asking).
     */
    public PressKit assemble(StoryId storyId, EmbargoAccess access) {
        Instant now = clock.instant();
        PressKit kit = assembler.assemble(articles(storyId, access, now), now);
        audit.append(SystemActor.currentName(), "press-kit.downloaded", "story", storyId.toString(),
                kit.fileName() + (kit.embargoed() ? " (embargo)" : ""));
        return kit;
    }

    /** The story as its kit will tell it, for the journalist's page; refused exactly when the kit would be. */
    public PressPreview preview(StoryId storyId, EmbargoAccess access) {
        List<PressArticle> versions = articles(storyId, access, clock.instant());
        PressArticle main = versions.getFirst();
        return new PressPreview(main.storyId(), main.slug(), main.language(), main.release().text(),
                main.release().embargoed(), main.headline(), main.summary(), main.dateline(), main.bodyHtml(),
                main.personName(), main.business(), versions.stream().map(PressArticle::language).toList());
    }

    private List<PressArticle> articles(StoryId storyId, EmbargoAccess access, Instant now) {
        // read past the embargo, then refuse below with the embargo as the reason if this person may not see it
        StoryDetails story = reader.publishedIncludingEmbargoed(storyId, Audience.PRESS)
            .orElseThrow(() -> refusal(storyId));
        Instant embargo = embargo(storyId, now).orElse(null);
        if (embargo != null && access == EmbargoAccess.RELEASED_ONLY) {
            throw new PressKitRefused(Reason.EMBARGOED, "Cerita ini masih diembargo hingga "
                    + new ReleaseLine(embargo, zone, Language.ID).until() + "; kit pers hanya untuk jurnalis yang berhak melihat materi embargo.");
        }
        PressSettings current = settings.current();
        List<PressPhoto> storyPhotos = photos.of(story);
        List<PressArticle> versions = new ArrayList<>();
        versions.add(articles.article(story, embargo, storyPhotos, current, now));
        for (Translation translation : story.translations()) {
            translated(translation, access, now)
                .ifPresent(t -> versions.add(articles.article(t, embargo(t.id(), now).orElse(null), storyPhotos,
                        current, now)));
        }
        return versions;
    }

    private Optional<StoryDetails> translated(Translation translation, EmbargoAccess access, Instant now) {
        if (!translation.live()) {
            return Optional.empty();
        }
        if (embargo(translation.id(), now).isPresent() && access == EmbargoAccess.RELEASED_ONLY) {
            return Optional.empty();
        }
        return reader.publishedIncludingEmbargoed(translation.id(), Audience.PRESS);
    }

    private Optional<Instant> embargo(StoryId storyId, Instant now) {
        return embargoes.embargoedUntil(storyId).filter(until -> until.isAfter(now));
    }

    /** Why the press may not have this story: the reader only says "no", the people asking deserve the reason. */
    private PressKitRefused refusal(StoryId storyId) {
        Optional<StoryDetails> working = reader.working(storyId);
        if (working.isEmpty()) {
            return new PressKitRefused(Reason.NOT_FOUND, "Cerita tidak ditemukan: " + storyId);
        }
        StoryDetails story = working.get();
        if (story.person() != null && !story.person().consents(ConsentScope.PRESS)) {
            return new PressKitRefused(Reason.NO_PRESS_CONSENT, "Tidak ada kit pers: alumni dalam cerita ini belum "
                    + "memberi izin, atau telah menarik izinnya, agar ceritanya diberikan kepada media (izin PERS).");
        }
        if (story.person() != null && !story.person().consents(ConsentScope.NAME)) {
            return new PressKitRefused(Reason.NO_PRESS_CONSENT,
                    "Tidak ada kit pers: alumni dalam cerita ini tidak mengizinkan namanya dimuat.");
        }
        if (!story.live()) {
            return new PressKitRefused(Reason.NOT_PUBLISHED,
                    "Cerita ini belum atau tidak lagi terbit, jadi belum ada kit pers.");
        }
        return new PressKitRefused(Reason.NOT_PUBLISHED, "Cerita ini tidak tersedia untuk media saat ini.");
    }
}
