package uk.tierless.open311;

import java.util.Locale;

/**
 * The two formats of GeoReport v2, chosen by the path's suffix: {@code .xml}, the standard's default, and
 * {@code .json}. Content types are exactly {@code text/xml} and {@code application/json}: validators refuse a charset
 * suffix on them.
 */
public enum Open311Format {
    XML("text/xml"), JSON("application/json");

    /** The JAX-RS path pattern of the suffix, for {@code @Path("services.{format: xml|json}")}. */
    public static final String SUFFIXES = "xml|json";

    private final String contentType;

    Open311Format(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The format a matched suffix names ({@code xml} or {@code json}). */
    public static Open311Format of(String suffix) {
        return valueOf(suffix.toUpperCase(Locale.ROOT));
    }

    /** The format a path asks for: JSON when it ends {@code .json}, else XML, the standard's default. */
    public static Open311Format ofPath(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : XML;
    }
}
