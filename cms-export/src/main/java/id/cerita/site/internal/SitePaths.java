package id.cerita.site.internal;

import id.cerita.site.SiteAddresses;
import id.cerita.story.Language;
import id.cerita.story.StoryDetails;

/** Where each kind of page lives in the site. Directories end with a slash; files are {@code dir + index.html}. */
final class SitePaths {

    private SitePaths() {
    }

    static String story(StoryDetails story) {
        return story(story.language(), story.slug());
    }

    static String story(Language language, String slug) {
        return SiteAddresses.storyPath(language, slug);
    }

    /** Page 1 is the directory itself; later pages are {@code halaman/<n>/}. */
    static String page(String dir, int page) {
        return page == 1 ? dir : dir + "halaman/" + page + "/";
    }

    /** The file behind a directory URL: "/id/cerita/x/" gives "id/cerita/x/index.html". */
    static String file(String dirUrl) {
        return dirUrl.substring(1) + "index.html";
    }
}
