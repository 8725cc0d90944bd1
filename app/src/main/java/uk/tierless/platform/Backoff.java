package uk.tierless.platform;

import java.time.Duration;

/** How long to wait before trying again: the base after the first failure, doubled after each further one, capped. */
public final class Backoff {

    private Backoff() {
    }

    public static Duration after(int failures, Duration base, Duration longest) {
        Duration wait = base.multipliedBy(1L << Math.min(Math.max(failures, 1) - 1, 20));
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
