package id.cerita.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import id.cerita.common.InvalidFieldException;

/** A {@code search_after} position as an opaque URL-safe token: the last hit's sort values. */
final class Cursor {

    private static final String SEPARATOR = "\u001f";

    private Cursor() {
    }

    static String of(List<FieldValue> sortValues) {
        List<String> parts = new ArrayList<>();
        for (FieldValue value : sortValues) {
            parts.add(switch (value._kind()) {
                case Long -> "l" + value.longValue();
                case Double -> "d" + value.doubleValue();
                case String -> "s" + value.stringValue();
                case Boolean -> "b" + value.booleanValue();
                case Null -> "n";
                case Any -> "s" + value._get();
            });
        }
        return Base64.getUrlEncoder().withoutPadding()
            .encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
    }

    static List<FieldValue> parse(String token) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            List<FieldValue> values = new ArrayList<>();
            for (String part : decoded.split(SEPARATOR, -1)) {
                String body = part.substring(1);
                values.add(switch (part.charAt(0)) {
                    case 'l' -> FieldValue.of(Long.parseLong(body));
                    case 'd' -> FieldValue.of(Double.parseDouble(body));
                    case 'b' -> FieldValue.of(Boolean.parseBoolean(body));
                    case 'n' -> FieldValue.NULL;
                    default -> FieldValue.of(body);
                });
            }
            return values;
        } catch (RuntimeException e) {
            throw new InvalidFieldException("after", "cursor.invalid", "Kursor halaman tidak dikenal");
        }
    }
}
