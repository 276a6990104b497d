package id.cerita.site.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One listing: a province, regency/city, theme, course, provider, cohort or year, with its stories newest first (as
 * the plan holds them).
 */
record Taxon<S>(Kind kind, String key, String label, List<S> stories) {

    enum Kind {
        PROVINCE("provinsi", "Provinsi"), REGION("wilayah", "Kabupaten/Kota"), THEME("tema", "Tema"),
        COURSE("pelatihan", "Pelatihan"), PROVIDER("lembaga", "Lembaga pelatihan"), COHORT("gelombang", "Gelombang"),
        YEAR("tahun", "Tahun");

        final String dir;
        final String label;

        Kind(String dir, String label) {
            this.dir = dir;
            this.label = label;
        }

        String url() {
            return "/" + dir + "/";
        }
    }

    Taxon(Kind kind, String key, String label) {
        this(kind, key, label, new ArrayList<>());
    }

    String url() {
        return kind.url() + key + "/";
    }
}
