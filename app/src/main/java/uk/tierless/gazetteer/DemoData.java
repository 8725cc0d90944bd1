package uk.tierless.gazetteer;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.tierless.imports.ImportJobView;
import uk.tierless.imports.ImportJobs;
import uk.tierless.platform.TierlessConfig;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads the demo data (ops/demo: the council register, boundaries, an ONSPD sample and synthetic addresses) into an
 * empty gazetteer at start, through the same importers an administrator uses. Only when a demo folder is configured.
 */
@ApplicationScoped
public class DemoData {

    static final String DEMO_SOURCE = "demo";

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Inject
    TierlessConfig config;

    @Inject
    ImportJobs jobs;

    @Inject
    DataSource dataSource;

    void onStart(@Observes @Priority(40) StartupEvent event) throws SQLException {
        if (config.demoDataDir().isEmpty() || !gazetteerIsEmpty()) {
            return;
        }
        Path folder = config.demoDataDir().get();
        LOG.infof("The gazetteer is empty: loading the demo data from %s", folder.toAbsolutePath());
        load("councils", null, folder.resolve("councils.csv"));
        load("boundaries", null, folder.resolve("lad_boundaries_staffs_worcs_neighbours.geojson"));
        load("onspd", null, folder.resolve("onspd_sample_staffs_worcs.csv"));
        load("addresses", DEMO_SOURCE, folder.resolve("addresses-synthetic.csv"));
    }

    private void load(String kind, String source, Path file) {
        if (!Files.isRegularFile(file)) {
            LOG.warnf("No demo %s: %s is missing", kind, file);
            return;
        }
        ImportJobView job = jobs.runNow(kind, source, false, file, "system");
        LOG.infof("Demo %s: %s, %d rows read, %d serving, %d rejected%s", kind, job.state(), job.rowsRead(),
                job.imported(), job.rejected(), job.message() == null ? "" : " (" + job.message() + ")");
    }

    private boolean gazetteerIsEmpty() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select not exists (select 1 from postcodes)")) {
            row.next();
            return row.getBoolean(1);
        }
    }
}
