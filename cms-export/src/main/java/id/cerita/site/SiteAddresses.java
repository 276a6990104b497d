package id.cerita.site;

import id.cerita.story.Language;

/**
 * Where the site puts a story, for whoever links to it from outside the site (the press kit's ninjs, NewsML-G2 and
 * manifest): {@code /id/cerita/<slug>/} and {@code /en/stories/<slug>/}, after the public base URL
 * ({@code cerita.site.base-url}, the one address setting of the installation).
 */
public final class SiteAddresses {

    private SiteAddresses() {
    }

    /** The story's address relative to the base URL, starting and ending with "/". */
    public static String storyPath(Language language, String slug) {
        return "/" + language.code() + (language == Language.EN ? "/stories/" : "/cerita/") + slug + "/";
    }

    /** The story's public URL under the base URL (a trailing "/" on the base is ignored). */
    public static String storyUrl(String baseUrl, Language language, String slug) {
        return baseUrl.replaceAll("/+$", "") + storyPath(language, slug);
    }
}
