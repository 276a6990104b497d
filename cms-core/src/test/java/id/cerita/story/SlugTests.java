package id.cerita.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import id.cerita.common.InvalidFieldException;

class SlugTests {

    @Test
    void foldsAccentsAndPunctuationIntoHyphens() {
        assertThat(Slug.of("Kafé “Donat Aidoo”, Kota Jambi!").value()).isEqualTo("kafe-donat-aidoo-kota-jambi");
    }

    @Test
    void cutsLongTitlesAtAWordBoundary() {
        Slug slug = Slug.of("Dari mahasiswa UIN Jambi menjadi pengusaha sewa papan ucapan dan kapten alumni Kabupaten Tanjung Jabung Barat");
        assertThat(slug.value().length()).isLessThanOrEqualTo(Slug.MAX_LENGTH);
        assertThat(slug.value()).doesNotEndWith("-").startsWith("dari-mahasiswa-uin-jambi");
    }

    @Test
    void refusesCharactersAUrlCannotCarry() {
        assertThatThrownBy(() -> new Slug("Judul Dengan Spasi")).isInstanceOf(InvalidFieldException.class);
    }
}
