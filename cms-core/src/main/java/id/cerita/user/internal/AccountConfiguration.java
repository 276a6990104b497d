package id.cerita.user.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

import id.cerita.user.AccountProperties;
import id.cerita.user.SecondFactorProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ AccountProperties.class, SecondFactorProperties.class })
class AccountConfiguration {
}
