package id.cerita.common;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Method-level checks on the domain services: the rules hold whichever door a call comes through (UI, API, jobs),
 * not only where a URL rule happens to cover it. See {@link AsStaff}, {@link AsEditor}, {@link AsAdmin}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurityConfiguration {
}
