package id.cerita.site.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import id.cerita.story.Language;

/**
 * The site's templates ({@code src/main/jte}, for the web designer to change), compiled to Java classes when the
 * module is built (jte). An export renders tens of thousands of pages: an interpreting engine (Thymeleaf, until
 * site-templates-6) spent 40 % of the export's CPU walking templates and resolving expressions; compiled templates
 * write their text and values straight out, and a page's escaping is decided when the template is compiled.
 * Built once; thread-safe. Bump {@link #VERSION} when a template changes so incremental builds re-render every page.
 */
public final class Templates {

    /** Part of every fingerprint: a template change invalidates every page made from templates. */
    public static final String VERSION = "site-templates-6";

    /** The generated classes, in this package (the jte plugin's {@code packageName}), found on the class path. */
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Templates.class.getClassLoader(), Templates.class.getPackageName());
    private final boolean visitorsSearch;

    public Templates() {
        this(true);
    }

    /** @param visitorsSearch whether pages carry the visitors' search box and Pagefind's scripts */
    public Templates(boolean visitorsSearch) {
        this.visitorsSearch = visitorsSearch;
    }

    /** Whether pages carry the visitors' search, and so whether a build runs Pagefind. */
    public boolean visitorsSearch() {
        return visitorsSearch;
    }

    /** Part of every fingerprint of a page made from templates: {@link #VERSION}, and whether it carries the search. */
    public String version() {
        return visitorsSearch ? VERSION : VERSION + "-without-search";
    }

    /**
     * Renders {@code src/main/jte/<template>.jte} with the variables it declares, and {@code site} ({@link Chrome}) made
     * from the variables {@code siteTitle} and {@code base} and the page's language.
     */
    public byte[] render(String template, Language language, Map<String, Object> variables) {
        Map<String, Object> params = new HashMap<>(variables);
        params.put("site", new Chrome((String) variables.get("siteTitle"), (String) variables.get("base"),
                language.code(), Labels.of(language), visitorsSearch));
        StringOutput out = new StringOutput(32 * 1024);
        engine.render(template + ".jte", params, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
