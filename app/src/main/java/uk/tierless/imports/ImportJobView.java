package uk.tierless.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An import job as the API shows it; {@code state} is running, succeeded or failed. */
public record ImportJobView(UUID id, String kind, String source, String state, long rowsRead, long imported,
                            long rejected, List<ImportProgress.Rejection> rejections, String message,
                            Instant startedAt, Instant finishedAt) {
}
