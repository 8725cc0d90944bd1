package uk.tierless.learning;

import java.time.Instant;

/**
 * A request's place in a class. state: registered | waiting | offered | cancelled; position: on the waiting list, 1 =
 * next; toPay: pence the learner pays to accept the place offered, null when nothing.
 */
public record Registration(String classId, String state, Integer position, Instant offeredUntil, Long toPay) {
}
