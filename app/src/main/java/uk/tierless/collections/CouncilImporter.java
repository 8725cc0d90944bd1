package uk.tierless.collections;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import uk.tierless.imports.CsvFile;
import uk.tierless.imports.ImportProgress;
import uk.tierless.imports.Importer;
import uk.tierless.imports.ShrinkGuard;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.CouncilView;
import uk.tierless.tenancy.TenantScope;

import java.io.Reader;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * A bin-day import (docs/alerts.md, Bin days): a file of one council's rows (the council named as the source) that
 * replaces all that council's rows of one table in one transaction, inside its {@link TenantScope}. The rows are read
 * and checked first ({@link CouncilRows}); a file more rejected than accepted, or one that would shrink the table
 * too much ({@link ShrinkGuard}), changes nothing.
 */
abstract class CouncilImporter<T> implements Importer {

    private static final int BATCH = 1000;

    @Inject
    CouncilDirectory councils;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    /** The table, its columns after {@code id, tenant_id}, and what its rows are called in messages. */
    abstract String table();

    abstract List<String> columns();

    abstract String rowsAre();

    /** Reads the file's rows into {@code rows}, rejecting the bad ones by line. */
    abstract void read(CsvFile csv, CouncilView council, CouncilRows<T> rows, ImportProgress progress) throws Exception;

    /** Binds a row's columns, from parameter 2 on (1 is the council). */
    abstract void bind(PreparedStatement insert, T row) throws SQLException;

    /** How many rows the council has now. */
    abstract long serving();

    @Override
    public boolean takesSource() {
        return true;
    }

    @Override
    public void load(Reader file, String source, ShrinkGuard shrink, ImportProgress progress) throws Exception {
        CouncilView council = CouncilRows.collectingCouncil(councils, source);
        CsvFile csv = new CsvFile(file, "a " + rowsAre() + " file with the header " + String.join(",", columns())
                + " (docs/alerts.md)");
        CouncilRows<T> rows = new CouncilRows<>();
        read(csv, council, rows, progress);
        rows.finish(progress, rowsAre());
        tenantScope.run(council.slug(), () -> {
            shrink.check(rowsAre() + " of " + council.slug(), serving(), rows.accepted().size(), progress.rowsRead());
            replace(council.slug(), rows.accepted());
        });
        progress.imported(rows.accepted().size());
    }

    private void replace(String council, List<T> rows) {
        String placeholders = String.join(", ", columns().stream().map(column -> "?").toList());
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from " + table() + " where tenant_id = ?")) {
                delete.setString(1, council);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into " + table() + " (id, tenant_id, "
                    + String.join(", ", columns()) + ") values (gen_random_uuid(), ?, " + placeholders + ")")) {
                int batched = 0;
                for (T row : rows) {
                    insert.setString(1, council);
                    bind(insert, row);
                    insert.addBatch();
                    if (++batched % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }
}
