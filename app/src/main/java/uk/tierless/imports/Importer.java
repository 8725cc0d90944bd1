package uk.tierless.imports;

import java.io.Reader;

/**
 * One kind of data load ({@code onspd}, {@code boundaries}, ...). It reads the uploaded file as a stream, reports
 * every row through {@link ImportProgress}, and replaces its dataset in one transaction: a file that fails half-way
 * leaves the previous data serving. An importer that removes rows asks the {@link ShrinkGuard} first.
 */
public interface Importer {

    /** The kind in {@code /api/v1/admin/imports/{kind}}. */
    String kind();

    /** Whether the import replaces one source's rows only, named by {@code ?source=}. */
    default boolean takesSource() {
        return false;
    }

    /** @throws ImportFailedException when the file as a whole cannot be loaded (nothing is changed then) */
    void load(Reader file, String source, ShrinkGuard shrink, ImportProgress progress) throws Exception;
}
