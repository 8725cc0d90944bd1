package uk.tierless.requests;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A request's statuses and the moves between them, in this one place: Open311's, with FixMyStreet's extended ones.
 * An open request can move to any later stage of work or be closed; a closed one can only be reopened.
 */
public final class Lifecycle {

    public static final String SUBMITTED = "submitted";
    public static final String REOPENED = "reopened";

    /** Open statuses, in the order work usually goes. */
    public static final List<String> OPEN = List.of(SUBMITTED, "for_triage", "acknowledged", "investigating",
            "action_scheduled", "in_progress", REOPENED);

    public static final List<String> CLOSED = List.of("fixed", "closed", "duplicate", "not_councils_responsibility",
            "no_further_action", "cancelled");

    private static final Map<String, Set<String>> NEXT = transitions();

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry(SUBMITTED, "received"),
            Map.entry("for_triage", "waiting to be looked at"), Map.entry("acknowledged", "acknowledged"),
            Map.entry("investigating", "being investigated"), Map.entry("action_scheduled", "work scheduled"),
            Map.entry("in_progress", "in progress"), Map.entry(REOPENED, "reopened"), Map.entry("fixed", "fixed"),
            Map.entry("closed", "closed"), Map.entry("duplicate", "a duplicate of another report"),
            Map.entry("not_councils_responsibility", "not this council's responsibility"),
            Map.entry("no_further_action", "closed with no further action"), Map.entry("cancelled", "cancelled"),
            // Not statuses of a request: what a tracking link shows before a paid service's request is made (PaidRequests).
            Map.entry(PaidSubmission.AWAITING_PAYMENT, "waiting for your payment"), Map.entry(PaidSubmission.PAID, "paid"),
            Map.entry(PaidSubmission.NOT_PAID, "not paid"));

    private Lifecycle() {
    }

    public static List<String> all() {
        return java.util.stream.Stream.concat(OPEN.stream(), CLOSED.stream()).toList();
    }

    public static boolean isStatus(String status) {
        return NEXT.containsKey(status);
    }

    /** The status in words a resident understands, lower case to sit in a sentence. */
    public static String label(String status) {
        return LABELS.getOrDefault(status, status);
    }

    public static boolean isOpen(String status) {
        return OPEN.contains(status);
    }

    /** Where a request in this status may go next. */
    public static List<String> allowed(String from) {
        Set<String> next = NEXT.getOrDefault(from, Set.of());
        return all().stream().filter(next::contains).toList();
    }

    public static boolean canMove(String from, String to) {
        return NEXT.getOrDefault(from, Set.of()).contains(to);
    }

    private static Map<String, Set<String>> transitions() {
        Map<String, Set<String>> next = new LinkedHashMap<>();
        List<String> working = OPEN.subList(1, OPEN.size() - 1); // for_triage .. in_progress
        for (String from : OPEN) {
            Set<String> to = new LinkedHashSet<>();
            // A new or reopened request goes to any stage of work; a request being worked moves between stages
            // (forward or back, as work is rescheduled), never back to submitted.
            working.stream().filter(status -> !status.equals(from)).forEach(to::add);
            to.addAll(CLOSED);
            next.put(from, Set.copyOf(to));
        }
        for (String from : CLOSED) {
            next.put(from, Set.of(REOPENED));
        }
        return Map.copyOf(next);
    }
}
