package id.cerita.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import id.cerita.coretest.CoreTestApplication;
import id.cerita.user.StaffUsers;

/** Without cerita.demo.password the demo accounts get a random password, printed once when they are created. */
@ExtendWith(OutputCaptureExtension.class)
class DemoPasswordIntegrationTests {

    private static final Pattern PRINTED = Pattern.compile("shown only this once\\):\\s+(\\S+)");

    @Test
    void printsTheGeneratedPasswordOnceWhenItCreatesTheAccounts(CapturedOutput output) {
        String database = "jdbc:h2:mem:demo_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CoreTestApplication.class)
            .web(WebApplicationType.NONE)
            .run("--cerita.demo.enabled=true", "--spring.datasource.url=" + database,
                    "--spring.datasource.username=sa", "--spring.datasource.password=")) {
            Matcher printed = PRINTED.matcher(output.getOut());
            assertThat(printed.find()).as("password printed at start").isTrue();
            String password = printed.group(1);
            PasswordEncoder passwords = context.getBean(PasswordEncoder.class);
            StaffUsers users = context.getBean(StaffUsers.class);
            for (DemoUsers.Account account : DemoUsers.ACCOUNTS) {
                assertThat(passwords.matches(password, users.require(account.username()).passwordHash()))
                    .as(account.username()).isTrue();
            }

            context.getBean(DemoLoader.class).load();

            assertThat(PRINTED.matcher(output.getOut()).results().count()).as("printed once").isEqualTo(1);
        }
    }
}
