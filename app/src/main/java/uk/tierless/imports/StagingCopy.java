package uk.tierless.imports;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Streams rows into a staging table with PostgreSQL's COPY, in CSV, a buffer at a time. */
public final class StagingCopy {

    private static final int BUFFER = 1 << 16;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(BUFFER + 1024);

    @FunctionalInterface
    public interface Rows {
        void write(StagingCopy copy) throws Exception;
    }

    /**
     * Copies the rows that {@code rows} writes into {@code table}. If writing fails (a bad file, an interrupted
     * upload) the copy is cancelled, so that the connection can roll back instead of waiting for the copy's end.
     */
    public static void into(Connection connection, String table, String columns, Rows rows) throws Exception {
        StagingCopy copy = new StagingCopy(connection, table, columns);
        try {
            rows.write(copy);
            copy.finish();
        } catch (Exception | Error e) {
            if (copy.copy.isActive()) {
                copy.copy.cancelCopy();
            }
            throw e;
        }
    }

    /** What a count query answers, such as the rows staged or serving, for the {@link ShrinkGuard}. */
    public static long count(Connection connection, String query, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet count = statement.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        }
    }

    private StagingCopy(Connection connection, String table, String columns) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + columns + ") from stdin (format csv)");
    }

    /** One row; {@code null} is SQL null, everything else is written as text. */
    public void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append(',');
            }
            Object value = values[i];
            if (value instanceof String text) {
                buffer.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else if (value != null) {
                buffer.append(value);
            }
        }
        buffer.append('\n');
        if (buffer.length() >= BUFFER) {
            flush();
        }
    }

    private void finish() throws SQLException {
        flush();
        copy.endCopy();
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }
}
