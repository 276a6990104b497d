package id.cerita.story;

import org.springframework.context.MessageSourceResolvable;

import id.cerita.common.LocalizedRefusal;

/**
 * A transition that the story's state or the rules do not allow (HTTP 409 at the edge). Carries a stable code for API
 * clients and a message key with arguments, so that each user reads it in their language; the Indonesian text is the
 * default message. Arguments may themselves be {@link MessageSourceResolvable} (a step or state name).
 */
public class WorkflowViolationException extends LocalizedRefusal {

    private final String code;

    public WorkflowViolationException(String code, String message) {
        this(code, "workflow.problem." + code, message);
    }

    public WorkflowViolationException(String code, String messageKey, String message, Object... arguments) {
        super(messageKey, message, null, arguments);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
