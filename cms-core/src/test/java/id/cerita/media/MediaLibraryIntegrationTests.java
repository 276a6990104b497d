package id.cerita.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static id.cerita.story.StoryFixtures.EDITOR;
import static id.cerita.story.StoryFixtures.WRITER;
import static id.cerita.story.StoryFixtures.as;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.cerita.alumni.Alumni;
import id.cerita.alumni.ConsentScope;
import id.cerita.common.AlumnusId;
import id.cerita.common.InvalidFieldException;
import id.cerita.coretest.CoreTestApplication;
import id.cerita.course.Courses;
import id.cerita.story.Stories;
import id.cerita.story.Story;
import id.cerita.story.StoryFixtures;
import id.cerita.story.StoryStatus;
import id.cerita.story.WorkflowViolationException;
import id.cerita.user.Role;

/** The media library against a real database; run on H2 and on PostgreSQL by the two subclasses. */
@SpringBootTest(classes = CoreTestApplication.class)
@WithMockUser(username = "system", roles = "SYSTEM")
abstract class MediaLibraryIntegrationTests {

    @TempDir
    static Path mediaDir;

    MediaLibrary library;
    StoryImageLinks links;
    Stories stories;
    StoryFixtures storyFixtures;
    MediaFixtures media;

    static void mediaDirectory(DynamicPropertyRegistry registry) {
        registry.add("cerita.media.directory", () -> mediaDir.toString());
    }

    @BeforeEach
    void wire(@Autowired MediaLibrary library, @Autowired StoryImageLinks links, @Autowired MediaStorage storage,
            @Autowired Stories stories, @Autowired Courses courses, @Autowired Alumni alumni) {
        this.library = library;
        this.links = links;
        this.stories = stories;
        this.storyFixtures = new StoryFixtures(stories, courses, alumni);
        this.media = new MediaFixtures(library, storage);
    }

    @Test
    void entersTheSameBytesOnce() throws Exception {
        MediaAsset first = media.anUploadedImage("donat.jpg");
        StoredOriginal again = new StoredOriginal(first.hash(), ImageFormat.JPEG, first.sizeBytes());

        MediaLibrary.MediaRegistration second = library.register(again, 4000, 3000, "donat-lagi.jpg", null, "sari");

        assertThat(second.created()).isFalse();
        assertThat(second.asset().id()).isEqualTo(first.id());
    }

    @Test
    void keepsDescriptionsAndPeopleShownLinkedToAlumni() {
        AlumnusId vita = storyFixtures.anAlumnusWithConsent(EnumSet.allOf(ConsentScope.class));

        MediaAsset described = media.aDescribedImage("vita.jpg", "Vita merias pengantin di Gorontalo", Set.of(vita));

        MediaAsset read = library.require(described.id());
        assertThat(read.altText()).isEqualTo("Vita merias pengantin di Gorontalo");
        assertThat(read.peopleShown()).containsExactly(vita);
        assertThat(read.originalMetadata()).contains("GPS");
        assertThatThrownBy(() -> library.describe(read.id(), read.version(),
                new MediaDescription("alt", null, null, null, Set.of(AlumnusId.random())), "budi"))
            .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void refusesADescriptionOfAnOutdatedVersion() {
        MediaAsset asset = media.anUploadedImage("usang.jpg");
        library.moveFocalPoint(asset.id(), new FocalPoint(0.2, 0.3), "sari");

        assertThatThrownBy(() -> library.describe(asset.id(), asset.version(),
                new MediaDescription("alt", null, null, null, Set.of()), "budi"))
            .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(library.require(asset.id()).focalPoint()).isEqualTo(new FocalPoint(0.2, 0.3));
    }

    @Test
    void refusesToDeleteAnImageAStoryUses() {
        Story story = storyFixtures.aDraft("Donat Aidoo dari Jambi");
        MediaAsset lead = media.anUploadedImage("lead.jpg");
        MediaAsset gallery = media.anUploadedImage("galeri.jpg");
        links.chooseLead(story.id(), lead.id(), "sari");
        links.addToGallery(story.id(), gallery.id(), "sari");

        assertThatThrownBy(() -> library.delete(lead.id(), "sari")).isInstanceOfSatisfying(MediaInUseException.class,
                e -> assertThat(e.usages()).singleElement().satisfies(u -> {
                    assertThat(u.storyTitle()).isEqualTo("Donat Aidoo dari Jambi");
                    assertThat(u.role()).isEqualTo(MediaUsage.Role.LEAD);
                }));
        assertThatThrownBy(() -> library.delete(gallery.id(), "sari")).isInstanceOf(MediaInUseException.class);

        links.remove(story.id(), gallery.id(), "sari");
        library.delete(gallery.id(), "sari");
        assertThat(library.find(gallery.id())).isEmpty();
        assertThat(library.find(lead.id())).isPresent();
    }

    @Test
    void blocksPublishingWhileAnImageHasNoAltText() {
        Story story = storyFixtures.aDraft("Florist Sleman");
        MediaAsset image = media.anUploadedImage("buket.jpg");
        links.chooseLead(story.id(), image.id(), "sari");
        as(WRITER, Role.WRITER, () -> stories.submit(story.id(), WRITER));
        as(EDITOR, Role.EDITOR, () -> stories.approve(story.id(), EDITOR));

        assertThat(links.problemsBeforePublishing(story.id())).extracting(PublicationProblem::code)
            .containsExactly("media.alt-text-missing");
        assertThatThrownBy(() -> as(EDITOR, Role.EDITOR, () -> stories.publish(story.id(), EDITOR)))
            .isInstanceOfSatisfying(WorkflowViolationException.class,
                    e -> assertThat(e.code()).isEqualTo("media.alt-text-missing"));
        assertThatThrownBy(() -> as(EDITOR, Role.EDITOR,
                () -> stories.schedule(story.id(), LocalDateTime.now().plusDays(1), ZoneId.of("Asia/Jakarta"), EDITOR)))
            .isInstanceOfSatisfying(WorkflowViolationException.class,
                    e -> assertThat(e.code()).isEqualTo("media.alt-text-missing"));
        assertThat(as(EDITOR, Role.EDITOR, () -> stories.require(story.id())).status()).isEqualTo(StoryStatus.APPROVED);

        MediaAsset current = library.require(image.id());
        library.describe(image.id(), current.version(),
                new MediaDescription("Buket bunga mawar di meja toko", null, null, null, Set.of()), "sari");
        assertThat(as(EDITOR, Role.EDITOR, () -> stories.publish(story.id(), EDITOR)).live()).isTrue();
    }

    @Test
    void asksForPhotoConsentOfEveryoneShown() {
        Story story = storyFixtures.aDraft("Penata rias tanpa izin foto");
        AlumnusId withoutPhotoConsent = storyFixtures.anAlumnusWithConsent(EnumSet.of(ConsentScope.NAME));
        MediaAsset image = media.aDescribedImage("rias.jpg", "Penata rias bekerja", Set.of(withoutPhotoConsent));

        links.addToGallery(story.id(), image.id(), "sari");

        assertThat(links.problemsBeforePublishing(story.id())).extracting(PublicationProblem::code)
            .containsExactly("media.photo-consent-missing");
    }

    @Test
    void findsImagesByWordsAndFilters() {
        MediaAsset described = media.aDescribedImage("gerai-donat.jpg", "Gerai donat kuning", Set.of());
        MediaAsset bare = media.anUploadedImage("tanpa-alt.jpg");
        Story story = storyFixtures.aDraft("Cerita dengan galeri");
        links.addToGallery(story.id(), described.id(), "sari");

        assertThat(library.search(new MediaQuery("DONAT KUNING", null, null, 10))).extracting(MediaSummary::id)
            .containsExactly(described.id());
        assertThat(library.search(new MediaQuery(null, MediaQuery.Show.MISSING_ALT_TEXT, null, 500)))
            .extracting(MediaSummary::id).contains(bare.id()).doesNotContain(described.id());
        assertThat(library.search(new MediaQuery(null, MediaQuery.Show.USED, null, 500)))
            .extracting(MediaSummary::id).contains(described.id()).doesNotContain(bare.id());
        assertThat(library.search(new MediaQuery("gerai-donat", null, null, 10)).getFirst().uses()).isEqualTo(1);
    }

    @Test
    void recordsAFocalPointMoveAsAnEvent() {
        MediaAsset asset = media.anUploadedImage("fokus.jpg");

        MediaAsset moved = library.moveFocalPoint(asset.id(), new FocalPoint(0.9, 0.1), "sari");

        assertThat(moved.focalPoint()).isEqualTo(new FocalPoint(0.9, 0.1));
        assertThat(moved.version()).isGreaterThan(asset.version());
    }

    @Test
    void refusesControlCharactersInADescriptionAsAFieldError() {
        MediaAsset asset = media.anUploadedImage("kendali.jpg");

        assertThatThrownBy(() -> library.describe(asset.id(), asset.version(),
                new MediaDescription("Foto\u001b", "Keterangan\u0000", null, null, Set.of()), EDITOR))
            .isInstanceOfSatisfying(jakarta.validation.ConstraintViolationException.class, e -> assertThat(e
                .getConstraintViolations().stream().map(v -> v.getPropertyPath().toString().replaceAll(".*\\.", "")))
                .containsExactlyInAnyOrder("altText", "caption"));
        assertThat(library.require(asset.id()).version()).isEqualTo(asset.version());
    }
}
