package id.cerita.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import id.cerita.user.Capability;

/**
 * Who may do what is written once, in {@link Capability}: method security across all four modules names a capability
 * ({@code @capability.granted(authentication, 'WRITE_STORIES')}) and lists no roles of its own. The system's actor,
 * which is not a person's role, is the one exception.
 */
class OneRoleVocabularyTests {

    private static final Pattern ROLE_CHECK = Pattern.compile("has(Any)?Role\\(([^)]*)\\)");
    private static final Pattern CAPABILITY = Pattern.compile("@capability\\.granted\\(authentication, '([A-Z_]+)'\\)");

    @Test
    void methodSecurityNamesCapabilitiesAndNoRolesButTheSystems() {
        List<String> expressions = expressions();
        assertThat(expressions).as("@PreAuthorize expressions found").hasSizeGreaterThan(40);

        List<String> roleLists = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String expression : expressions) {
            Matcher roles = ROLE_CHECK.matcher(expression);
            while (roles.find()) {
                if (!roles.group(2).equals("'SYSTEM'")) {
                    roleLists.add(expression);
                }
            }
            Matcher capability = CAPABILITY.matcher(expression);
            while (capability.find()) {
                String name = capability.group(1);
                if (Arrays.stream(Capability.values()).noneMatch(c -> c.name().equals(name))) {
                    unknown.add(expression);
                }
            }
        }

        assertThat(roleLists).as("expressions that list roles instead of naming a capability").isEmpty();
        assertThat(unknown).as("expressions naming a capability that does not exist").isEmpty();
    }

    /** Every {@code @PreAuthorize} on a class or method of the application, directly or through a meta-annotation. */
    private static List<String> expressions() {
        List<String> found = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.cerita")) {
            try {
                Class<?> reflected = type.reflect();
                add(found, reflected);
                for (var method : reflected.getDeclaredMethods()) {
                    add(found, method);
                }
            }
            catch (NoClassDefFoundError optional) {
                // built against a library the application does not carry (the synonym file's Lucene parser, used
                // by the build only): never a bean, so never a rule
            }
        }
        return found;
    }

    private static void add(List<String> found, AnnotatedElement element) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(element, PreAuthorize.class);
        if (rule != null) {
            found.add(element + ": " + rule.value());
        }
    }
}
