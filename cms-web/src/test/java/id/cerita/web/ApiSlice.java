package id.cerita.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import id.cerita.audit.AuditLog;
import id.cerita.consent.PressKitDownloads;
import id.cerita.story.Stories;
import id.cerita.user.ApiTokens;
import id.cerita.user.SecondFactors;
import id.cerita.user.StaffUsers;

/**
 * Next to {@code @WebMvcTest(SomeApiController.class)}: the slice answers as the application does around that
 * controller. The API's real {@link SecurityConfiguration} (URL rules, 401 and 403 as problem details), method
 * security with the {@code @capability} checks, and the problem details of {@link ApiProblems} and
 * {@link ApiErrorResolvers} (see {@link ApiSliceConfiguration}). The services behind the security filters and the
 * interceptors every slice loads (the press kit download recorder needs {@link Stories}) are mocks declared here; a
 * test mocks its own controller's other services with {@code @MockitoBean}, and autowires one of these to stub it
 * (declared again with {@code @MockitoBean} it would become a second bean of the same type).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(ApiSliceConfiguration.class)
@MockitoBean(types = { ApiTokens.class, AuditLog.class, StaffUsers.class, SecondFactors.class, LoginThrottle.class,
        PasswordEncoder.class, PressKitDownloads.class, Stories.class })
public @interface ApiSlice {
}
