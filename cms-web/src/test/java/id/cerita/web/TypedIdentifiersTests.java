package id.cerita.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.format.support.DefaultFormattingConversionService;

import tools.jackson.databind.json.JsonMapper;

import id.cerita.common.AlumnusId;
import id.cerita.common.CourseId;
import id.cerita.common.GatheringId;
import id.cerita.common.Identifier;
import id.cerita.common.MediaId;
import id.cerita.common.ProviderId;
import id.cerita.common.StoryId;
import id.cerita.story.StoryPublished;

/** Typed identifiers read and write as the plain UUID everywhere a client or the outbox sees them. */
class TypedIdentifiersTests {

    private static final UUID ID = UUID.fromString("3f2b8c1e-0d5a-4e7b-9c2f-1a2b3c4d5e6f");

    private final JsonMapper json = JsonMapper.builder().build();

    record Body(StoryId story, AlumnusId alumnus, Set<CourseId> courses, MediaId lead) {
    }

    @Test
    void writesAndReadsEachAsItsUuidTextInJson() {
        Body body = new Body(new StoryId(ID), new AlumnusId(ID), Set.of(new CourseId(ID)), null);

        String written = json.writeValueAsString(body);

        assertThat(written).isEqualTo("{\"story\":\"%1$s\",\"alumnus\":\"%1$s\",\"courses\":[\"%1$s\"],\"lead\":null}"
            .formatted(ID));
        assertThat(json.readValue(written, Body.class)).isEqualTo(body);
    }

    @Test
    void keepsAStoredEventPublicationReadableWhereItHeldABareUuid() {
        // what the outbox stored before StoryPublished carried a StoryId
        String stored = "{\"storyId\":\"%s\",\"revision\":3,\"by\":\"budi\"}".formatted(ID);

        assertThat(json.readValue(stored, StoryPublished.class)).isEqualTo(new StoryPublished(new StoryId(ID), 3, "budi"));
    }

    @Test
    void readsEveryKindFromAPathOrAFormFieldAndAnEmptyChoiceAsNone() {
        DefaultFormattingConversionService conversion = new DefaultFormattingConversionService();
        conversion.addConverter(new TypedIdentifiers());

        for (Class<? extends Identifier> type : List.of(StoryId.class, AlumnusId.class, MediaId.class, CourseId.class,
                ProviderId.class, GatheringId.class)) {
            Identifier read = conversion.convert(" " + ID + " ", type);
            assertThat(read).as(type.getSimpleName()).isInstanceOf(type);
            assertThat(read.value()).isEqualTo(ID);
            assertThat(conversion.convert("", type)).as(type.getSimpleName() + " from an empty choice").isNull();
            assertThat(TypedIdentifiers.isIdentifier(type)).isTrue();
        }
        assertThatThrownBy(() -> conversion.convert("not-a-uuid", StoryId.class))
            .isInstanceOf(ConversionFailedException.class).hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThat(TypedIdentifiers.isIdentifier(String.class)).isFalse();
    }
}
