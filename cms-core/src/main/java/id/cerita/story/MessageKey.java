package id.cerita.story;

import org.springframework.context.MessageSourceResolvable;

/** A word to be translated where it is shown: a state or step name inside a refusal. */
record MessageKey(String key, String fallback) implements MessageSourceResolvable {

    static MessageKey of(StoryStatus status) {
        return new MessageKey("status." + status.name(), status.name());
    }

    static MessageKey of(Transition transition) {
        return new MessageKey(transition.labelKey(), transition.path());
    }

    @Override
    public String[] getCodes() {
        return new String[] { key };
    }

    @Override
    public String getDefaultMessage() {
        return fallback;
    }
}
