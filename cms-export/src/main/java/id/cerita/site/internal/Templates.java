package id.cerita.site.internal;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import id.cerita.story.Language;

/**
 * The site's Thymeleaf templates ({@code src/main/resources/site/templates}), for the web designer to change. Built
 * once; thread-safe. Bump {@link #VERSION} when a template changes so incremental builds re-render every page.
 */
public final class Templates {

    /** Part of every fingerprint: a template change invalidates every page made from templates. */
    public static final String VERSION = "site-templates-5";

    private final TemplateEngine engine;
    private final boolean visitorsSearch;

    public Templates() {
        this(true);
    }

    /** @param visitorsSearch whether pages carry the visitors' search box and Pagefind's scripts */
    public Templates(boolean visitorsSearch) {
        this.visitorsSearch = visitorsSearch;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        resolver.setPrefix("site/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine spring = new SpringTemplateEngine();
        spring.setEnableSpringELCompiler(true);
        spring.setTemplateResolver(resolver);
        engine = spring;
    }

    /** Whether pages carry the visitors' search, and so whether a build runs Pagefind. */
    public boolean visitorsSearch() {
        return visitorsSearch;
    }

    /** Part of every fingerprint of a page made from templates: {@link #VERSION}, and whether it carries the search. */
    public String version() {
        return visitorsSearch ? VERSION : VERSION + "-without-search";
    }

    public byte[] render(String template, Language language, Map<String, Object> variables) {
        Context context = new Context(language.locale());
        context.setVariables(variables);
        context.setVariable("t", Labels.of(language));
        context.setVariable("lang", language.code());
        context.setVariable("visitorsSearch", visitorsSearch);
        StringWriter out = new StringWriter(32 * 1024);
        engine.process(template, context, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
