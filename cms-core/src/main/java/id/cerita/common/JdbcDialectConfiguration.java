package id.cerita.common;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.dialect.JdbcPostgresDialect;

/**
 * One SQL dialect for both databases. The embedded H2 runs in PostgreSQL mode with lower-case identifiers, so the
 * statements Spring Data JDBC writes for PostgreSQL in production are exactly the ones tested on the embedded default.
 */
@Configuration(proxyBeanMethods = false)
class JdbcDialectConfiguration {

    @Bean
    JdbcDialect jdbcDialect() {
        return JdbcPostgresDialect.INSTANCE;
    }
}
