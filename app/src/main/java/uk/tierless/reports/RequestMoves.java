package uk.tierless.reports;

import java.time.LocalDate;

/**
 * The moves of a request that the board counts, as the requests feature tells them: live, in the transaction that
 * makes the move ({@link RequestRollups}), or replayed from the requests when the rollups are rebuilt.
 */
public interface RequestMoves {

    /** What a request is counted under: its council, service, channel and origin ('' for none). */
    record Counted(String council, String service, String channel, String origin) {
    }

    /** A request arrived at its council (made there, or passed to it), counted on the resident's day. */
    void received(Counted request, LocalDate day);

    /**
     * A request closed (not by a hand-over) on {@code day}, {@code workingDays} after the resident's request;
     * {@code withinTarget} null where it had no due time.
     */
    void closed(Counted request, LocalDate day, int workingDays, Boolean withinTarget, boolean duplicate);

    /** The council passed a request on to another council of the partnership. */
    void handedOver(Counted request, LocalDate day);
}
