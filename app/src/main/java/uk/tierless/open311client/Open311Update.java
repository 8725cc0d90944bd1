package uk.tierless.open311client;

import uk.tierless.requests.Lifecycle;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * One update read from a back office: its own id for it, its id of the request, what it {@code said} (FixMyStreet's
 * upper-case status word, or requests.xml's open and closed), that word as a Tierless status (null where it has
 * none), its words for the resident, and when.
 */
public record Open311Update(String updateId, String backOfficeId, String said, String status, String description,
                            Instant at) {

    /**
     * FixMyStreet's words (docs/open311.md, Updates) as Tierless's statuses. OPEN is {@code reopened}: it reopens a
     * closed request and leaves an open one as it is. INTERNAL_REFERRAL (passed on inside the back office) moves
     * nothing.
     */
    private static final Map<String, String> STATUSES = Map.of("OPEN", Lifecycle.REOPENED, "REOPEN", Lifecycle.REOPENED,
            "INVESTIGATING", "investigating", "ACTION_SCHEDULED", "action_scheduled", "IN_PROGRESS", "in_progress",
            "FIXED", "fixed", "CLOSED", "closed", "DUPLICATE", "duplicate",
            "NOT_COUNCILS_RESPONSIBILITY", "not_councils_responsibility", "NO_FURTHER_ACTION", "no_further_action");

    /** The Tierless status for a back office's word, or null. */
    static String statusOf(String said) {
        return said == null ? null : STATUSES.get(said.strip().toUpperCase(Locale.ROOT));
    }
}
