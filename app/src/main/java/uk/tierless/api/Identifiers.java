package uk.tierless.api;

import java.util.Optional;
import java.util.UUID;

/** Ids as callers send them (in a path, a form field): a UUID, or nothing that could be one. */
public final class Identifiers {

    private Identifiers() {
    }

    public static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id == null ? "" : id.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
