package uk.tierless.publishing;

import java.time.Instant;

/** A published version of a council's offer of a service, as the API lists it. */
public record VersionView(String service, int version, boolean offered, Instant publishedAt, String publishedBy,
                          String adaptedFrom) {

    static VersionView of(ServiceVersion version) {
        return new VersionView(version.serviceCode, version.version, version.offered, version.publishedAt,
                version.publishedBy, version.adaptedFrom);
    }
}
