package id.cerita.story;

import org.springframework.context.MessageSourceResolvable;

/**
 * A transition that the story's state or the rules do not allow (HTTP 409 at the edge). Carries a stable code for API
 * clients and a message key with arguments, so that each user reads it in their language; the Indonesian text is the
 * default message. Arguments may themselves be {@link MessageSourceResolvable} (a step or state name).
 */
public class WorkflowViolationException extends RuntimeException implements MessageSourceResolvable {

    private final String code;
    private final String messageKey;
    private final transient Object[] arguments;

    public WorkflowViolationException(String code, String message) {
        this(code, "workflow.problem." + code, message);
    }

    public WorkflowViolationException(String code, String messageKey, String message, Object... arguments) {
        super(message);
        this.code = code;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    @Override
    public String[] getCodes() {
        return new String[] { messageKey };
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
