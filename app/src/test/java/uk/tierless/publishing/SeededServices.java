package uk.tierless.publishing;

import java.util.List;

/** For tests that change a council's service: putting it back as its files seeded it. */
public final class SeededServices {

    private SeededServices() {
    }

    /** Discards any draft and, unless version 1 is live, publishes version 1's settings again. */
    public static void putBack(ServiceConfigurations configurations, ServiceDrafts drafts, ServicePublisher publisher,
                               String council, String service) {
        if (configurations.of(council, service).draft() != null) {
            drafts.discard(council, service, "tester");
        }
        List<VersionView> versions = publisher.versions(council, service);
        VersionView first = versions.get(versions.size() - 1);
        if (configurations.of(council, service).version() != first.version()) {
            publisher.restore(council, service, first.version(), "tester");
            publisher.publish(council, service, "tester");
        }
    }
}
