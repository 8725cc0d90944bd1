package uk.tierless.imports;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.platform.FreshGauge;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The imports this instance is running, watched as they go: {@code tierless_imports_running{kind}},
 * {@code tierless_import_rows_read{kind}} (rows read so far by the running ones) and
 * {@code tierless_imports_finished_total{kind, state}} ({@code succeeded} or {@code failed}).
 */
@ApplicationScoped
public class ImportMetrics {

    private static final List<String> STATES = List.of("succeeded", "failed");

    private record Running(String kind, ImportProgress progress) {
    }

    private final Map<UUID, Running> running = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Counter>> finished = new ConcurrentHashMap<>();

    @Inject
    ImportMetrics(@All List<Importer> importers, MeterRegistry registry) {
        for (String kind : importers.stream().map(Importer::kind).toList()) {
            FreshGauge.register(registry, Gauge.builder("tierless.imports.running", () -> runningOf(kind).count())
                    .description("Imports running").tag("kind", kind));
            FreshGauge.register(registry, Gauge.builder("tierless.import.rows.read",
                    () -> runningOf(kind).mapToLong(job -> job.progress().rowsRead()).sum())
                    .description("Rows read by the imports running").tag("kind", kind));
            Map<String, Counter> byState = new ConcurrentHashMap<>();
            for (String state : STATES) {
                byState.put(state, Counter.builder("tierless.imports.finished").description("Imports finished")
                        .tag("kind", kind).tag("state", state).register(registry));
            }
            finished.put(kind, byState);
        }
    }

    private Stream<Running> runningOf(String kind) {
        return running.values().stream().filter(job -> job.kind().equals(kind));
    }

    void started(UUID job, String kind, ImportProgress progress) {
        running.put(job, new Running(kind, progress));
    }

    void finished(UUID job, String state) {
        Running ended = running.remove(job);
        if (ended != null) {
            finished.get(ended.kind()).get(state).increment();
        }
    }
}
