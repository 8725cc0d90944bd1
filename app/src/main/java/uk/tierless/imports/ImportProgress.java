package uk.tierless.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Counts of an import as it runs, published to its job every half second so that a person can watch it.
 * Rejected rows are kept by line, the first {@value #KEPT_REJECTIONS} of them (the count is always exact).
 */
public final class ImportProgress {

    static final int KEPT_REJECTIONS = 1000;
    private static final long PUBLISH_EVERY_NANOS = 500_000_000L;

    public record Rejection(long line, String reason) {
    }

    private final Consumer<ImportProgress> publisher;
    private long rowsRead;
    private long imported;
    private long rejected;
    private final List<Rejection> rejections = new ArrayList<>();
    private long lastPublished = System.nanoTime();

    ImportProgress(Consumer<ImportProgress> publisher) {
        this.publisher = publisher;
    }

    /** One more row read from the file. */
    public synchronized void read() {
        rowsRead++;
        if (System.nanoTime() - lastPublished > PUBLISH_EVERY_NANOS) {
            lastPublished = System.nanoTime();
            publisher.accept(this);
        }
    }

    public synchronized void reject(long line, String reason) {
        rejected++;
        if (rejections.size() < KEPT_REJECTIONS) {
            rejections.add(new Rejection(line, reason));
        }
    }

    /** The number of rows that now serve, set once the dataset has been swapped in. */
    public synchronized void imported(long rows) {
        imported = rows;
    }

    public synchronized long rowsRead() {
        return rowsRead;
    }

    public synchronized long importedRows() {
        return imported;
    }

    public synchronized long rejectedRows() {
        return rejected;
    }

    public synchronized List<Rejection> rejections() {
        return List.copyOf(rejections);
    }
}
