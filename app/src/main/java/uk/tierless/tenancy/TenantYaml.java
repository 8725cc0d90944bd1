package uk.tierless.tenancy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the tenants folder's YAML, turning what Jackson reports (unknown field, wrong type, not YAML) into a
 * problem naming the file, the field and the line.
 */
final class TenantYaml {

    /** Where a problem goes: the file, the field (null for the whole file) and what is wrong. */
    interface Sink {
        void problem(Path file, String field, String message);
    }

    private interface Reading<T> {
        T read() throws IOException;
    }

    private static final ObjectMapper PLAIN = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final List<String> sectionKeys;
    /** Reads tenant.yaml to tenancy's fields, leaving the sections' keys to them. */
    private final ObjectMapper tenantYaml;
    private final Sink sink;
    private int failures;

    /** {@code sectionKeys}: the keys of tenant.yaml that are features' sections. */
    TenantYaml(List<String> sectionKeys, Sink sink) {
        this.sectionKeys = List.copyOf(sectionKeys);
        this.sink = sink;
        this.tenantYaml = PLAIN.copy();
        tenantYaml.configOverride(TenantDefinition.class).setIgnorals(
                JsonIgnoreProperties.Value.forIgnoredProperties(sectionKeys.toArray(String[]::new)));
    }

    /** A whole file, or empty (with a problem) if it cannot be read or is empty. */
    <T> Optional<T> file(Path file, Class<T> type) {
        return parseFile(file, PLAIN, type);
    }

    /** Tenancy's fields of a tenant.yaml, or empty (with a problem). */
    Optional<TenantDefinition> tenantFile(Path file) {
        return parseFile(file, tenantYaml, TenantDefinition.class);
    }

    /** A section's key of a tenant.yaml: null if the key is absent, or cannot be read (with a problem). */
    Object key(Path file, CouncilFileSection<?> section) {
        return attempt(file, section.name(), () -> readKey(file, section));
    }

    /** The value of one top-level key, read from the file itself so that problems keep their line numbers. */
    private static Object readKey(Path file, CouncilFileSection<?> section) throws IOException {
        try (JsonParser parser = PLAIN.createParser(file.toFile())) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                if (key.equals(section.name())) {
                    return PLAIN.readValue(parser, section.type());
                }
                parser.skipChildren();
            }
            return null;
        }
    }

    private <T> Optional<T> parseFile(Path file, ObjectMapper mapper, Class<T> type) {
        int before = failures;
        T value = attempt(file, null, () -> mapper.readValue(file.toFile(), type));
        if (value == null && failures == before) {
            sink.problem(file, null, "the file is empty");
        }
        return Optional.ofNullable(value);
    }

    /** Runs one read, turning what Jackson reports into a problem with the file and field; null if it failed. */
    private <T> T attempt(Path file, String section, Reading<T> reading) {
        try {
            return reading.read();
        } catch (UnrecognizedPropertyException e) {
            failures++;
            Stream<String> known = e.getKnownPropertyIds().stream().map(Object::toString);
            if (e.getReferringClass() == TenantDefinition.class) {
                known = Stream.concat(known, sectionKeys.stream());
            }
            sink.problem(file, e.getPropertyName(), "unknown field (line " + e.getLocation().getLineNr()
                    + "); the fields are " + String.join(", ", known.distinct().sorted().toList()));
        } catch (JsonMappingException e) {
            failures++;
            String field = e.getPath().isEmpty() ? section : e.getPath().get(e.getPath().size() - 1).getFieldName();
            sink.problem(file, field, "cannot be read (line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                    + "): " + rootMessage(e));
        } catch (IOException e) {
            failures++;
            sink.problem(file, null, "is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return null;
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause == error ? ((JsonMappingException) error).getOriginalMessage() : cause.getMessage();
        return message == null ? error.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
