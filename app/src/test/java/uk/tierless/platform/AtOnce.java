package uk.tierless.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Races for the tests: the same call made twice at once, from two threads let go together. */
public final class AtOnce {

    private AtOnce() {
    }

    /** What each of the two calls answered, in no particular order. */
    public static <T> List<T> twice(Callable<T> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Callable<T> waiting = () -> {
            start.await();
            return call.call();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<T>> answers = List.of(pool.submit(waiting), pool.submit(waiting));
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
