package id.cerita.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import id.cerita.common.ProviderId;
import id.cerita.common.SlugText;
import id.cerita.common.StateConflictException;

class TrainingCourseTests {

    private static final Instant NOW = Instant.parse("2024-06-05T03:00:00Z");

    private final TrainingCourse course = TrainingCourse.offer("tata-rias-pengantin",
            new CourseDetails("Tata Rias Pengantin", "tata-rias", SkillType.HARD, Delivery.OFFLINE, ProviderId.random()), "sari");

    @Test
    void isOnOfferWhenOffered() {
        assertThat(course.archived()).isFalse();
        assertThat(course.archivedAt()).isNull();
    }

    @Test
    void archivesOnceAndRefusesToArchiveAgain() {
        course.archive("budi", NOW);
        assertThat(course.archived()).isTrue();
        assertThat(course.archivedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> course.archive("dewi", NOW)).isInstanceOf(StateConflictException.class)
            .hasMessageContaining("sudah diarsipkan");
    }

    @Test
    void restoresOnlyAnArchivedCourse() {
        assertThatThrownBy(() -> course.restore("budi")).isInstanceOf(StateConflictException.class);
        course.archive("budi", NOW);
        course.restore("dewi");
        assertThat(course.archived()).isFalse();
    }

    @Test
    void makesSlugsWithoutAccentsAndNumbersTakenOnes() {
        SlugText slug = SlugText.of("  Lembaga Kursus Café & Roti ", 110, "lembaga");
        assertThat(slug.value()).isEqualTo("lembaga-kursus-cafe-roti");
        assertThat(slug.withSuffix(2).value()).isEqualTo("lembaga-kursus-cafe-roti-2");
        assertThat(SlugText.of("!!!", 110, "lembaga").value()).isEqualTo("lembaga");
    }
}
