package uk.tierless.casework;

import uk.tierless.requests.Dispatching;

import java.time.format.DateTimeFormatter;

/** Where a request was sent on to (a webhook, a service inbox), when, and what came back, in words for its page. */
final class SentWords {

    private SentWords() {
    }

    /** Null for a request that stayed in Tierless. */
    static String of(Dispatching.Sent sent, DateTimeFormatter when) {
        if (sent == null) {
            return null;
        }
        String how = "By " + sent.method() + " to " + sent.target() + ": ";
        String answer = sent.lastAnswer() == null && sent.lastStatus() == null ? "no answer"
                : (sent.lastStatus() == null ? "" : "status " + sent.lastStatus() + (sent.lastAnswer() == null ? "" : ", "))
                + (sent.lastAnswer() == null ? "" : "“" + sent.lastAnswer() + "”");
        return switch (sent.state()) {
            case "delivered" -> how + "delivered " + when.format(sent.deliveredAt()) + " (" + answer + ")";
            case "dead" -> how + "not delivered after " + sent.attempts() + " tries, the last " + when.format(sent.lastAttemptAt())
                    + " (" + answer + "). An administrator can send it again from Requests not sent.";
            default -> sent.attempts() == 0 ? how + "waiting to be sent"
                    : how + "not delivered yet after " + sent.attempts() + " tries, the last " + when.format(sent.lastAttemptAt())
                    + " (" + answer + "); Tierless keeps trying";
        };
    }
}
