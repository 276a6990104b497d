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
 * Next to {@code @WebMvcTest(SomePagesController.class)}: the slice renders the page as the application does around
 * that controller. Everything {@link ApiSlice} brings (the real {@link SecurityConfiguration} with the staff UI's chain,
 * its sign-in redirect and CSRF, method security with the {@code @capability} checks), and what every page's layout
 * reads: the beans {@code @capabilities}, {@code @languageLinks} and {@code @fmt}, the message bundles of
 * {@code spring.messages.basename} and the {@code cerita-lang} locale resolver with its {@code ?lang=} switch (see
 * {@link PageSliceConfiguration}). The same services are mocks here as in {@link ApiSlice}; a test mocks its own
 * controller's other services with {@code @MockitoBean}, and autowires one of these to stub it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(PageSliceConfiguration.class)
@MockitoBean(types = { ApiTokens.class, AuditLog.class, StaffUsers.class, SecondFactors.class, LoginThrottle.class,
        PasswordEncoder.class, PressKitDownloads.class, Stories.class })
public @interface PageSlice {
}
