package id.cerita.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Archives (or restores) a course, provider or gathering: it then disappears from every writer's choices, so only
 * editors and administrators may, in their own name; or the system.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('SYSTEM') or (@capability.granted(authentication, 'ARCHIVE_REFERENCE_DATA') and #by == authentication.name)")
public @interface ArchivesReferenceData {
}
