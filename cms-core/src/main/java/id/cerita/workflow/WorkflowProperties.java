package id.cerita.workflow;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code cerita.workflow.*}: how long a silent editor keeps the soft edit lock. */
@ConfigurationProperties("cerita.workflow")
public record WorkflowProperties(Duration editLockTtl) {

    public WorkflowProperties {
        editLockTtl = editLockTtl == null ? Duration.ofMinutes(5) : editLockTtl;
    }
}
