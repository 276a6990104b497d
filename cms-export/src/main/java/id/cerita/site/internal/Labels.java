package id.cerita.site.internal;

import java.util.Map;

import id.cerita.story.Language;

/** The few words of the site's own interface, in both languages. */
final class Labels {

    private static final Map<String, String> ID = Map.ofEntries(Map.entry("skip", "Langsung ke isi"),
            Map.entry("nav", "Navigasi utama"), Map.entry("home", "Beranda"), Map.entry("provinces", "Provinsi"),
            Map.entry("regions", "Kabupaten/Kota"), Map.entry("themes", "Tema"), Map.entry("courses", "Pelatihan"),
            Map.entry("providers", "Lembaga pelatihan"), Map.entry("cohorts", "Gelombang"),
            Map.entry("years", "Tahun"), Map.entry("latest", "Cerita terbaru"), Map.entry("pages", "Halaman"),
            Map.entry("prev", "Sebelumnya"), Map.entry("next", "Berikutnya"), Map.entry("page", "Halaman"),
            Map.entry("of", "dari"), Map.entry("published", "Terbit"), Map.entry("place", "Lokasi"),
            Map.entry("alumnus", "Alumni"), Map.entry("anonymous", "Alumni (nama tidak ditampilkan)"),
            Map.entry("outcomes", "Hasil"), Map.entry("sources", "Sumber"), Map.entry("gathering", "Temu alumni"),
            Map.entry("translations", "Bahasa lain"), Map.entry("about", "Tentang cerita ini"),
            Map.entry("notFound", "Halaman tidak ditemukan"),
            Map.entry("notFoundText", "Halaman yang Anda cari tidak ada atau sudah dipindahkan."),
            Map.entry("backHome", "Kembali ke beranda"), Map.entry("stories", "cerita"),
            Map.entry("footer", "Kisah alumni program pelatihan pemerintah."), Map.entry("feed", "Umpan RSS"),
            Map.entry("search", "Cari cerita"), Map.entry("searchLabel", "Kata kunci"),
            Map.entry("langName", "Bahasa Indonesia"), Map.entry("occupation", "Pekerjaan"),
            Map.entry("business", "Usaha"), Map.entry("by", "Oleh"), Map.entry("updated", "Diperbarui"),
            Map.entry("gallery", "Galeri foto"), Map.entry("breadcrumb", "Jejak halaman"),
            Map.entry("readIn", "Baca dalam"), Map.entry("english", "Cerita berbahasa Inggris"),
            Map.entry("atom", "Umpan Atom"), Map.entry("filterProvince", "Provinsi"), Map.entry("filterTheme", "Tema"),
            Map.entry("filterYear", "Tahun"), Map.entry("filterLanguage", "Bahasa"), Map.entry("impact", "Dampak"));

    private static final Map<String, String> EN = Map.ofEntries(Map.entry("skip", "Skip to content"),
            Map.entry("nav", "Main navigation"), Map.entry("home", "Home"), Map.entry("provinces", "Provinces"),
            Map.entry("regions", "Regencies/Cities"), Map.entry("themes", "Themes"), Map.entry("courses", "Courses"),
            Map.entry("providers", "Training providers"), Map.entry("cohorts", "Cohorts"), Map.entry("years", "Years"),
            Map.entry("latest", "Latest stories"), Map.entry("pages", "Pages"), Map.entry("prev", "Previous"),
            Map.entry("next", "Next"), Map.entry("page", "Page"), Map.entry("of", "of"),
            Map.entry("published", "Published"), Map.entry("place", "Location"), Map.entry("alumnus", "Alumnus"),
            Map.entry("anonymous", "Alumnus (name withheld)"), Map.entry("outcomes", "Outcomes"),
            Map.entry("sources", "Sources"), Map.entry("gathering", "Alumni gathering"),
            Map.entry("translations", "Other languages"), Map.entry("about", "About this story"),
            Map.entry("notFound", "Page not found"),
            Map.entry("notFoundText", "The page you are looking for does not exist or has moved."),
            Map.entry("backHome", "Back to the home page"), Map.entry("stories", "stories"),
            Map.entry("footer", "Stories of the alumni of a government training programme."),
            Map.entry("feed", "RSS feed"), Map.entry("search", "Search stories"), Map.entry("searchLabel", "Keywords"),
            Map.entry("langName", "English"), Map.entry("occupation", "Occupation"),
            Map.entry("business", "Business"), Map.entry("by", "By"), Map.entry("updated", "Updated"),
            Map.entry("gallery", "Photo gallery"), Map.entry("breadcrumb", "Breadcrumb"),
            Map.entry("readIn", "Read in"), Map.entry("english", "Stories in English"),
            Map.entry("atom", "Atom feed"), Map.entry("filterProvince", "Province"), Map.entry("filterTheme", "Theme"),
            Map.entry("filterYear", "Year"), Map.entry("filterLanguage", "Language"), Map.entry("impact", "Impact"));

    private Labels() {
    }

    static Map<String, String> of(Language language) {
        return language == Language.EN ? EN : ID;
    }
}
