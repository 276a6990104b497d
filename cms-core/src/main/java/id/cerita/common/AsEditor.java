package id.cerita.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/** An editor acting in their own name (the {@code by} parameter is the signed-in user), or the system. */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('SYSTEM') or (@capability.granted(authentication, 'REVIEW_STORIES') and #by == authentication.name)")
public @interface AsEditor {
}
