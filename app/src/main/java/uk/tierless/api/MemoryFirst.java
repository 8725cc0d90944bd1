package uk.tierless.api;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import java.util.function.Supplier;

/**
 * An answer a public read can often give from memory: then on the request's own I/O thread, which saves the hand-over
 * to a worker thread and back (a third of such a request's CPU, docs/benchmarks.md); otherwise, when it would read the
 * database (a cache to fill, a snapshot to read again), on a worker thread, where blocking is allowed. A failure
 * ({@link ApiException}) reaches the same exception mappers either way.
 */
public final class MemoryFirst {

    private MemoryFirst() {
    }

    public static <T> Uni<T> answer(boolean inMemory, Supplier<T> answer) {
        Uni<T> uni = Uni.createFrom().item(answer);
        return inMemory ? uni : uni.runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
