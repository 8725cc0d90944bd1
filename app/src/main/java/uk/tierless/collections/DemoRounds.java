package uk.tierless.collections;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.tierless.imports.ImportJobView;
import uk.tierless.imports.ImportJobs;
import uk.tierless.platform.TierlessConfig;
import uk.tierless.tenancy.CouncilDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * With the demo data folder set (make run, the tests), loads each council's synthetic rounds from
 * collections/&lt;council&gt;-rounds.csv there, and its changed days from &lt;council&gt;-changes.csv, through the
 * same imports an administrator uses, when that council has no rounds yet.
 */
@ApplicationScoped
public class DemoRounds {

    private static final Logger LOG = Logger.getLogger(DemoRounds.class);
    private static final String ROUNDS = "-rounds.csv";

    @Inject
    TierlessConfig config;

    @Inject
    CouncilDirectory councils;

    @Inject
    BinDays binDays;

    @Inject
    ImportJobs jobs;

    /** After gazetteer's DemoData (40): the rounds' addresses must be in the gazetteer. */
    void onStart(@Observes @Priority(46) StartupEvent event) throws IOException {
        if (config.demoDataDir().isEmpty()) {
            return;
        }
        Path folder = config.demoDataDir().get().resolve("collections");
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(file -> file.getFileName().toString().endsWith(ROUNDS)).sorted().toList();
        }
        for (Path file : files) {
            String council = file.getFileName().toString().replace(ROUNDS, "");
            if (councils.bySlug(council).isEmpty()) {
                LOG.warnf("No demo rounds for %s: no such council", council);
            } else if (!binDays.hasRounds(council)) {
                load(RoundsImporter.KIND, council, file);
                Path changes = folder.resolve(council + "-changes.csv");
                if (Files.isRegularFile(changes)) {
                    load(ChangesImporter.KIND, council, changes);
                }
            }
        }
    }

    private void load(String kind, String council, Path file) {
        ImportJobView job = jobs.runNow(kind, council, false, file, "system");
        LOG.infof("Demo %s for %s: %s, %d rows read, %d serving, %d rejected%s", kind, council, job.state(),
                job.rowsRead(), job.imported(), job.rejected(), job.message() == null ? "" : " (" + job.message() + ")");
    }
}
