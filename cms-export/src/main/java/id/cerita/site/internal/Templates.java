package id.cerita.site.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import id.cerita.story.Language;

/**
 * The site's Thymeleaf templates ({@code src/main/resources/site/templates}), for the web designer to change. Built
 * once; thread-safe. Bump {@link #VERSION} when a template changes so incremental builds re-render every page.
 */
public final class Templates {

    /** Part of every fingerprint: a template change invalidates every page made from templates. */
    public static final String VERSION = "site-templates-1";

    private final TemplateEngine engine;

    public Templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        resolver.setPrefix("site/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    public byte[] render(String template, Language language, Map<String, Object> variables) {
        Context context = new Context(language.locale());
        context.setVariables(variables);
        context.setVariable("t", Labels.of(language));
        context.setVariable("lang", language.code());
        return engine.process(template, context).getBytes(StandardCharsets.UTF_8);
    }
}
