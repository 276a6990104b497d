package id.cerita.story.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.cerita.web.Formats;

/**
 * A Rupiah amount as people type it: "Rp12.500.000", "12.500.000", "12500000", "12,5 juta", "500 ribu", "1,2 miliar".
 * Shown back formatted ("Rp12.500.000"). Whole Rupiah only.
 */
final class RupiahAmount {

    private static final Pattern WITH_UNIT = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(ribu|rb|juta|jt|miliar|milyar|m)");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,]\\d{3})+|\\d+");

    private RupiahAmount() {
    }

    /** The amount, or null for blank; {@link IllegalArgumentException} when it is not an amount. */
    static Long parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip().toLowerCase(Locale.ROOT).replaceFirst("^rp\\.?\\s*", "").replace("\u00a0", " ").strip();
        Matcher unit = WITH_UNIT.matcher(s);
        if (unit.matches()) {
            BigDecimal number = new BigDecimal(unit.group(1).replace(',', '.'));
            BigDecimal factor = switch (unit.group(2)) {
                case "ribu", "rb" -> BigDecimal.valueOf(1_000);
                case "juta", "jt" -> BigDecimal.valueOf(1_000_000);
                default -> BigDecimal.valueOf(1_000_000_000);
            };
            return number.multiply(factor).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        }
        String compact = s.replace(" ", "");
        if (GROUPED.matcher(compact).matches()) {
            return Long.parseLong(compact.replace(".", "").replace(",", ""));
        }
        throw new IllegalArgumentException("not a Rupiah amount: " + text);
    }

    /** Binds a {@code Long} form field to the forms above and shows it as "Rp12.500.000". */
    static final class Editor extends PropertyEditorSupport {

        private final Formats formats;

        Editor(Formats formats) {
            this.formats = formats;
        }

        @Override
        public void setAsText(String text) {
            setValue(parse(text));
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : formats.rupiah((Number) getValue());
        }
    }
}
