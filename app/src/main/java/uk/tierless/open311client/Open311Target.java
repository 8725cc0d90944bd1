package uk.tierless.open311client;

import java.net.URI;

/**
 * Where a council's requests go: its back office's Open311 {@code endpoint} (the base URL, as
 * {@code https://crm.example.gov.uk/open311/v2}), the {@code jurisdiction} it is known by there (may be null), the
 * api key itself (the caller reads it from the environment variable the council's setting names) and the back
 * office's code for the service. {@link #toString} never shows the key.
 */
public record Open311Target(String endpoint, String jurisdiction, String apiKey, String serviceCode) {

    public Open311Target {
        endpoint = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
    }

    /** The back office's name as a Tierless request's history shows it: {@code open311:} and the endpoint's host. */
    public String client() {
        URI uri = URI.create(endpoint);
        return "open311:" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    @Override
    public String toString() {
        return "Open311Target[endpoint=" + endpoint + ", jurisdiction=" + jurisdiction + ", serviceCode=" + serviceCode + "]";
    }
}
