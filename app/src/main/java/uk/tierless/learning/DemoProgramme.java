package uk.tierless.learning;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.tierless.platform.TierlessConfig;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.TenantScope;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * With the demo data folder set (make run, the tests), loads each council's next-term programme from
 * learning/&lt;council&gt;.csv there, through the administrators' import, when that council has no courses yet.
 */
@ApplicationScoped
public class DemoProgramme {

    private static final Logger LOG = Logger.getLogger(DemoProgramme.class);

    @Inject
    TierlessConfig config;

    @Inject
    CouncilDirectory councils;

    @Inject
    TenantScope tenantScope;

    @Inject
    Programme programme;

    /** After the councils are registered (tenancy) and gazetteer's DemoData (40). */
    void onStart(@Observes @Priority(45) StartupEvent event) throws IOException {
        if (config.demoDataDir().isEmpty()) {
            return;
        }
        Path folder = config.demoDataDir().get().resolve("learning");
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(file -> file.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        for (Path file : files) {
            String council = file.getFileName().toString().replaceFirst("\\.csv$", "");
            if (councils.bySlug(council).isEmpty()) {
                LOG.warnf("No demo programme for %s: no such council", council);
            } else if (tenantScope.call(council, () -> Course.count() == 0)) {
                try (Reader csv = Files.newBufferedReader(file)) {
                    ProgrammeImported loaded = programme.load(council, csv);
                    LOG.infof("Demo programme for %s: %d courses, %d classes, %d rows rejected", council,
                            loaded.coursesAdded(), loaded.classesAdded(), loaded.rejected().size());
                }
            }
        }
    }
}
