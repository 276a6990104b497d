package id.cerita.press.internal;


import id.cerita.common.StoryId;

/** The identifiers the kit gives things, so that ninjs, NewsML-G2 and the manifest name them alike. */
final class PressUris {

    private PressUris() {
    }

    /** A regency, city or province by its Kemendagri code (Permendagri 72/2019 and its updates). */
    static String region(String kemendagriCode) {
        return "urn:kemendagri:wilayah:" + kemendagriCode;
    }

    static String theme(String code) {
        return "urn:cerita:theme:" + code;
    }

    static String course(String slug) {
        return "urn:cerita:course:" + slug;
    }

    static String photo(StoryId storyId, String fileName) {
        return "urn:cerita:story:" + storyId + ":photo:" + fileName;
    }
}
