package id.cerita.story.web;

import jakarta.validation.constraints.Size;

/** The optional body of a workflow step: why changes are requested or a story is taken down. */
record StepReason(@Size(max = 1000) String reason) {
}
