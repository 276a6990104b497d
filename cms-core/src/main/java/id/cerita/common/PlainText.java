package id.cerita.common;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text a person typed: no control characters (U+0000 cannot even be stored by PostgreSQL; the others are invisible
 * and break feeds and exports) and no broken UTF-16. Multi-line text may hold line breaks and tabs. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    /** Whether line breaks (\n, \r) and tabs are allowed. */
    boolean multiline() default false;

    String message() default "{cerita.plainText.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check, usable without Bean Validation (e.g. for a single value in a guarded transition). */
    final class Validator implements ConstraintValidator<PlainText, CharSequence> {

        private boolean multiline;

        @Override
        public void initialize(PlainText annotation) {
            this.multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            return isPlain(text, multiline);
        }

        public static boolean isPlain(CharSequence text, boolean multiline) {
            if (text == null) {
                return true;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isISOControl(c)) {
                    if (!(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                        return false;
                    }
                } else if (Character.isHighSurrogate(c)) {
                    if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                        return false;
                    }
                    i++;
                } else if (Character.isLowSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }
    }
}
