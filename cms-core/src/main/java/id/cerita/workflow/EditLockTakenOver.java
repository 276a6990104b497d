package id.cerita.workflow;

import java.util.UUID;

public record EditLockTakenOver(UUID storyId, String from, String by) {
}
