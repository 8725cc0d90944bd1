package uk.tierless.open311;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One GeoReport v2 answer, written in either format from one tree. The formats differ in shape, not just syntax: a
 * list is a JSON array but in XML an element whose children are named after the items ({@code <services><service>}),
 * and the root has a name only in XML. So answers are built from {@link Fields} (an object, fields in order) and
 * {@link Items} (a list with its item name), with text, numbers, booleans, instants or null as values; null is an
 * empty element in XML and null in JSON.
 */
public record Open311Document(String root, Object content) {

    private static final ObjectMapper JSON = new ObjectMapper().configure(JsonGenerator.Feature.ESCAPE_NON_ASCII, false);

    /** An object: named fields in the order they are put. */
    public static final class Fields {
        private final Map<String, Object> values = new LinkedHashMap<>();

        public Fields put(String name, Object value) {
            values.put(name, value);
            return this;
        }
    }

    /** A list whose XML items are elements named {@code item}. */
    public record Items(String item, List<?> values) {
        public Items {
            values = new ArrayList<>(values);
        }
    }

    public static Fields fields() {
        return new Fields();
    }

    /** An answer whose root is a list: {@code <root><item>…</item></root>}, a JSON array. */
    public static Open311Document list(String root, String item, List<?> values) {
        return new Open311Document(root, new Items(item, values));
    }

    /** An answer whose root is one object: {@code <root>…</root>}, a JSON object. */
    public static Open311Document object(String root, Fields fields) {
        return new Open311Document(root, fields);
    }

    /** The standard's time format: ISO 8601 in UTC to the second ({@code 2026-11-23T18:40:00Z}). */
    static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    public byte[] write(Open311Format format) {
        return format == Open311Format.JSON ? json() : xml();
    }

    private byte[] json() {
        try {
            return JSON.writeValueAsBytes(plain(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object plain(Object value) {
        if (value instanceof Fields fields) {
            Map<String, Object> object = new LinkedHashMap<>();
            fields.values.forEach((name, field) -> object.put(name, plain(field)));
            return object;
        }
        if (value instanceof Items items) {
            return items.values().stream().map(Open311Document::plain).toList();
        }
        return value instanceof Instant instant ? time(instant) : value;
    }

    private byte[] xml() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            element(xml, root, content);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The Open311 answer could not be written as XML", e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        xml.writeStartElement(name);
        if (value instanceof Fields fields) {
            for (Map.Entry<String, Object> field : fields.values.entrySet()) {
                element(xml, field.getKey(), field.getValue());
            }
        } else if (value instanceof Items items) {
            for (Object item : items.values()) {
                element(xml, items.item(), item);
            }
        } else if (value != null) {
            xml.writeCharacters(value instanceof Instant instant ? time(instant) : String.valueOf(value));
        }
        xml.writeEndElement();
    }
}
