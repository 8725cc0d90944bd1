package uk.tierless.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import org.eclipse.microprofile.context.ManagedExecutor;
import io.smallrye.context.api.ManagedExecutorConfig;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.tenancy.ConfigurationChanges;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs imports as jobs inside the application: the upload is streamed to a temporary file (never held in memory),
 * then loaded in the background while {@code GET /api/v1/admin/imports/{id}} shows its counts.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);
    private static final TypeReference<List<ImportProgress.Rejection>> REJECTIONS = new TypeReference<>() {
    };

    private final Map<String, Importer> importers;

    @Inject
    DataSource dataSource;

    /** Propagates nothing: a job outlives the request that started it, whose context it must not borrow. */
    @Inject
    @ManagedExecutorConfig(propagated = {}, cleared = ThreadContext.ALL_REMAINING)
    ManagedExecutor executor;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    ConfigurationChanges changes;

    @Inject
    ImportMetrics metrics;

    @Inject
    ImportJobs(@All List<Importer> importers) {
        this.importers = importers.stream().collect(Collectors.toMap(Importer::kind, Function.identity()));
    }

    /**
     * Checks the kind and source, stores the upload and starts loading it; answers at once with the job.
     * @param allowShrink whether the import may leave its dataset much smaller than it is ({@link ShrinkGuard})
     */
    public ImportJobView start(String kind, String source, boolean allowShrink, InputStream upload, String startedBy) {
        Importer importer = importer(kind, source);
        UUID id = UUID.randomUUID();
        insert(id, kind, source, startedBy);
        Path file;
        try {
            file = Files.createTempFile("tierless-import-" + kind + "-", ".upload");
            Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            finish(id, new ImportProgress(p -> { }), "failed", "The upload was cut off before it ended: nothing was changed.");
            throw new ApiException(jakarta.ws.rs.core.Response.Status.BAD_REQUEST, "upload_incomplete",
                    "The upload was cut off before it ended: nothing was changed.", List.of());
        }
        executor.runAsync(() -> {
            // The request that started the job ends before the job does: it gets a request context of its own.
            ManagedContext requestContext = Arc.container().requestContext();
            requestContext.activate();
            try {
                run(id, importer, source, allowShrink, file);
            } finally {
                requestContext.terminate();
                deleteQuietly(file);
            }
        });
        return find(id).orElseThrow();
    }

    /** Loads a file now, in this thread (the demo data at start). */
    public ImportJobView runNow(String kind, String source, boolean allowShrink, Path file, String startedBy) {
        Importer importer = importer(kind, source);
        UUID id = UUID.randomUUID();
        insert(id, kind, source, startedBy);
        run(id, importer, source, allowShrink, file);
        return find(id).orElseThrow();
    }

    public Optional<ImportJobView> find(UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select * from import_jobs where id = ?")) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(view(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Importer importer(String kind, String source) {
        Importer importer = importers.get(kind);
        if (importer == null) {
            throw ApiException.notFound("There is no import of kind '" + kind + "': use one of "
                    + importers.keySet().stream().sorted().collect(Collectors.joining(", ")) + ".");
        }
        if (importer.takesSource() && (source == null || !source.matches("[a-z0-9][a-z0-9-]{0,62}"))) {
            throw ApiException.invalid("An " + kind + " import replaces one source's rows: name it.",
                    List.of(new ApiError.FieldError("source",
                            "source must be a short name in lower-case letters, digits and hyphens, such as tamworth-llpg")));
        }
        if (!importer.takesSource() && source != null) {
            throw ApiException.invalid("An " + kind + " import replaces the whole dataset and takes no source.",
                    List.of(new ApiError.FieldError("source", "leave source out for " + kind)));
        }
        return importer;
    }

    private void run(UUID id, Importer importer, String source, boolean allowShrink, Path file) {
        ImportProgress progress = new ImportProgress(running -> publish(id, running));
        metrics.started(id, importer.kind(), progress);
        try (Reader reader = new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), 1 << 16)) {
            importer.load(reader, source, new ShrinkGuard(importer.kind(), allowShrink), progress);
        } catch (ImportFailedException e) {
            finish(id, progress, "failed", e.getMessage() + " Nothing was changed.");
            return;
        } catch (Exception e) {
            LOG.errorf(e, "Import %s (%s) failed", id, importer.kind());
            finish(id, progress, "failed", "The import failed (" + rootMessage(e) + "). Nothing was changed.");
            return;
        }
        // Caches of the imported data, on every instance, drop what they hold before the job is seen to succeed.
        try {
            changes.announceImport(importer.kind());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import %s (%s) succeeded but its caches could not all be told", id, importer.kind());
        }
        finish(id, progress, "succeeded", null);
    }

    private void insert(UUID id, String kind, String source, String startedBy) {
        update("insert into import_jobs (id, kind, source, state, rows_read, imported, rejected, rejections,"
                        + " started_by, started_at) values (?, ?, ?, 'running', 0, 0, 0, '[]'::jsonb, ?, ?)",
                statement -> {
                    statement.setObject(1, id);
                    statement.setString(2, kind);
                    statement.setString(3, source);
                    statement.setString(4, startedBy);
                    statement.setTimestamp(5, Timestamp.from(Instant.now(clock)));
                });
    }

    private void publish(UUID id, ImportProgress progress) {
        update("update import_jobs set rows_read = ?, rejected = ? where id = ? and state = 'running'", statement -> {
            statement.setLong(1, progress.rowsRead());
            statement.setLong(2, progress.rejectedRows());
            statement.setObject(3, id);
        });
    }

    private void finish(UUID id, ImportProgress progress, String state, String message) {
        metrics.finished(id, state);
        update("update import_jobs set state = ?, rows_read = ?, imported = ?, rejected = ?, rejections = ?::jsonb,"
                + " message = ?, finished_at = ? where id = ?", statement -> {
                    statement.setString(1, state);
                    statement.setLong(2, progress.rowsRead());
                    statement.setLong(3, "succeeded".equals(state) ? progress.importedRows() : 0);
                    statement.setLong(4, progress.rejectedRows());
                    statement.setString(5, toJson(progress.rejections()));
                    statement.setString(6, message);
                    statement.setTimestamp(7, Timestamp.from(Instant.now(clock)));
                    statement.setObject(8, id);
                });
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the import job", e);
        }
    }

    private ImportJobView view(ResultSet row) throws SQLException {
        Timestamp finished = row.getTimestamp("finished_at");
        try {
            return new ImportJobView(row.getObject("id", UUID.class), row.getString("kind"), row.getString("source"),
                    row.getString("state"), row.getLong("rows_read"), row.getLong("imported"), row.getLong("rejected"),
                    json.readValue(row.getString("rejections"), REJECTIONS), row.getString("message"),
                    row.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(List<ImportProgress.Rejection> rejections) {
        try {
            return json.writeValueAsString(rejections);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
