package uk.tierless.catalogue;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a form service's requests go (a council's setting, in services.yaml as {@code dispatch}; docs/integration.md):
 * Tierless's own work queue ({@code tierless}, the default), a signed {@code webhook} POST to the council's receiver,
 * the council's {@code open311} endpoint, or an {@code email} to a service inbox. Secrets are never part of it: only
 * the names of the environment variables that hold them ({@code secretEnv}, {@code open311.apiKeyEnv}).
 * {@code alsoQueue}: whether the request is worked in Tierless's queue as well.
 */
public record Dispatch(String method, String url, String secretEnv, Boolean alsoQueue, Open311 open311, Email email) {

    public static final String TIERLESS = "tierless";
    public static final String WEBHOOK = "webhook";
    public static final String OPEN311 = "open311";
    public static final String EMAIL = "email";
    public static final List<String> METHODS = List.of(TIERLESS, WEBHOOK, OPEN311, EMAIL);
    /** The name of an environment variable: a secret is named, never written down. */
    public static final Pattern ENV_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** The council's Open311 endpoint, and how this service is known there. */
    public record Open311(String endpoint, String jurisdiction, String apiKeyEnv, String serviceCode) {
    }

    /** The service inbox requests are emailed to. */
    public record Email(String to) {
    }

    /** Today's default: every request stays in Tierless's work queue. */
    public static final Dispatch QUEUE_ONLY = new Dispatch(TIERLESS, null, null, null, null, null);

    public String methodOrDefault() {
        return method == null ? TIERLESS : method;
    }

    /** Whether the service's requests are worked in Tierless's queue: always with {@code tierless}, else if {@code alsoQueue}. */
    public boolean queued() {
        return TIERLESS.equals(methodOrDefault()) || Boolean.TRUE.equals(alsoQueue);
    }
}
