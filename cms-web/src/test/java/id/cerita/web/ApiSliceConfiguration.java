package id.cerita.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

import id.cerita.media.MediaProperties;
import id.cerita.user.CapabilityCheck;

/**
 * What {@code @WebMvcTest} leaves out but an API answer depends on: the security configuration and its problem
 * details, method security as cms-core enables it, the resolvers that keep errors outside the controllers' advice
 * problem details, and the components {@link ApiProblems} uses. The controller advice, the locale resolver and the
 * {@link TypedIdentifiers} converter are picked up by the slice itself.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({ HstsProperties.class, MediaProperties.class })
@Import({ SecurityConfiguration.class, ApiSecurityProblems.class, ProblemResponses.class, UserMessages.class,
        ApiErrorResolvers.class, ApiErrorFilter.class, CapabilityCheck.class })
class ApiSliceConfiguration {
}
