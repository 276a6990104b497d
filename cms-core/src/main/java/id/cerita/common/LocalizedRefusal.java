package id.cerita.common;

import org.springframework.context.MessageSourceResolvable;

/**
 * A refusal each user reads in their language: a message key with its arguments, which the web layer resolves
 * through the bundles, and the Indonesian text as the default message (logs, and any key a bundle lacks).
 */
public abstract class LocalizedRefusal extends RuntimeException implements MessageSourceResolvable {

    private final String messageKey;
    private final transient Object[] arguments;

    protected LocalizedRefusal(String messageKey, String message, Throwable cause, Object... arguments) {
        super(message, cause);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
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
