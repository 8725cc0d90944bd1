package uk.tierless.imports;

import java.util.Locale;

/**
 * Refuses an import that would leave its dataset more than {@value #MOST_PERCENT_FEWER}% smaller than it is now,
 * unless the administrator says so with {@code allowShrink=true}: a file cut off exactly at a line end, or the wrong
 * extract, reads as a smaller dataset, and loading it would delete the rest. An empty dataset never shrinks.
 */
public final class ShrinkGuard {

    static final int MOST_PERCENT_FEWER = 10;

    private final String kind;
    private final boolean allowed;

    ShrinkGuard(String kind, boolean allowed) {
        this.kind = kind;
        this.allowed = allowed;
    }

    /**
     * @param rows what the dataset holds, for the message ({@code postcodes})
     * @param serving how many serve now
     * @param incoming how many would serve after the import
     * @param rowsRead the rows read from the file
     * @throws ImportFailedException when that is too many fewer and shrinking was not allowed
     */
    public void check(String rows, long serving, long incoming, long rowsRead) {
        if (allowed || (serving - incoming) * 100 <= serving * MOST_PERCENT_FEWER) {
            return;
        }
        throw new ImportFailedException(String.format(Locale.UK, "The file would leave %,d %s where %,d serve now"
                        + " (%,d rows read): %.1f%% fewer, and an import may remove at most %d%% of a dataset unless told to."
                        + " If the smaller dataset is intended, import the file again with allowShrink=true"
                        + " (make import-%s ALLOW_SHRINK=true).",
                incoming, rows, serving, rowsRead, 100.0 * (serving - incoming) / serving, MOST_PERCENT_FEWER, kind));
    }
}
