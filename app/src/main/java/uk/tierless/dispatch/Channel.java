package uk.tierless.dispatch;

import uk.tierless.catalogue.Dispatch;

import java.util.UUID;

/**
 * One way a request leaves Tierless for a council's own system: one implementation per method of the setting
 * ({@code webhook}, {@code open311}, {@code email}). A method without a channel sends nothing, and its requests stay
 * in the work queue.
 */
interface Channel {

    /** A request to send: the dispatch's id (the same on every try), the council, the reference and the setting. */
    record Outgoing(UUID id, String council, String reference, Dispatch setting) {
    }

    /** What the receiver said: {@code status} null where there is none (an email), its words, its own id if any. */
    record Answer(Integer status, String body, String externalId) {
    }

    /** The receiver did not take it (an answer other than 2xx, or none): tried again later. */
    class NotTaken extends Exception {
        final Integer status;
        final String body;

        NotTaken(Integer status, String body) {
            super(body);
            this.status = status;
            this.body = body;
        }
    }

    /** Trying again cannot help (a secret not set, an address Tierless may not call): the dispatch is dead at once. */
    class Undeliverable extends Exception {
        Undeliverable(String message) {
            super(message);
        }
    }

    String method();

    /** Where the setting sends to, in words for staff: an address, never a secret. */
    String target(Dispatch setting);

    /** Sends it; returns only when the receiver took it. */
    Answer send(Outgoing outgoing) throws Exception;
}
