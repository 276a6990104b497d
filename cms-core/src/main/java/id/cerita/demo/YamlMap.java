package id.cerita.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * One YAML mapping of the demo files, read field by field with a clear message naming the file and field when
 * something is missing. Dates stay text until read here with java.time (no implicit YAML timestamps).
 */
record YamlMap(String origin, Map<String, Object> values) {

    static Yaml parser() {
        LoaderOptions options = new LoaderOptions();
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new NoTimestamps());
    }

    @SuppressWarnings("unchecked")
    static List<YamlMap> list(String origin, Object parsed) {
        if (!(parsed instanceof List<?> items)) {
            throw new IllegalStateException(origin + ": expected a list of entries");
        }
        return items.stream().map(item -> new YamlMap(origin, (Map<String, Object>) item)).toList();
    }

    String text(String field) {
        String value = optionalText(field);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(origin + ": missing '" + field + "' in " + values);
        }
        return value;
    }

    String optionalText(String field) {
        Object value = values.get(field);
        return value == null ? null : value.toString();
    }

    Integer optionalInteger(String field) {
        String value = optionalText(field);
        return value == null ? null : Integer.valueOf(value);
    }

    Long optionalLong(String field) {
        String value = optionalText(field);
        return value == null ? null : Long.valueOf(value);
    }

    LocalDate date(String field) {
        return LocalDate.parse(text(field));
    }

    LocalDate optionalDate(String field) {
        String value = optionalText(field);
        return value == null ? null : LocalDate.parse(value);
    }

    OffsetDateTime optionalDateTime(String field) {
        String value = optionalText(field);
        return value == null ? null : OffsetDateTime.parse(value);
    }

    List<String> texts(String field) {
        Object value = values.get(field);
        if (value == null) {
            return List.of();
        }
        return ((List<?>) value).stream().map(Object::toString).toList();
    }

    List<YamlMap> maps(String field) {
        Object value = values.get(field);
        return value == null ? List.of() : list(origin, value);
    }

    YamlMap map(String field) {
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) values.get(field);
        if (value == null) {
            throw new IllegalStateException(origin + ": missing '" + field + "'");
        }
        return new YamlMap(origin, value);
    }

    /** YAML 1.1 resolution without timestamps, so "2024-06-05" and "2024-06-12T09:00:00+08:00" arrive as written. */
    private static final class NoTimestamps extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
