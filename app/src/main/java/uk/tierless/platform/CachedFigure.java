package uk.tierless.platform;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A figure worked out at most once per {@code lifetime}, for gauges that need the database: every gauge of a scrape
 * reads the same answer, and scrapes however frequent cost PostgreSQL one look per lifetime. A failure (the database
 * away) is kept as long, so a scrape waits for the database once at most, and its gauges read as not a number.
 */
public final class CachedFigure<T> {

    private final Supplier<T> source;
    private final long lifetimeNanos;
    private T value;
    private RuntimeException failure;
    private long workedOutAt;
    private boolean known;

    public CachedFigure(Duration lifetime, Supplier<T> source) {
        this.source = source;
        this.lifetimeNanos = lifetime.toNanos();
    }

    public synchronized T get() {
        long now = System.nanoTime();
        if (!known || now - workedOutAt > lifetimeNanos) {
            known = true;
            workedOutAt = now;
            try {
                value = source.get();
                failure = null;
            } catch (RuntimeException e) {
                value = null;
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return value;
    }
}
