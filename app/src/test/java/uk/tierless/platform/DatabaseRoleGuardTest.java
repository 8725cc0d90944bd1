package uk.tierless.platform;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseRoleGuardTest {

    private static Path dataDir;
    private static EmbeddedDatabase database;

    @BeforeAll
    static void startDatabase() throws Exception {
        dataDir = Files.createTempDirectory("tierless-role-guard");
        database = EmbeddedDatabase.start(dataDir, PostgresTestResource.freePort());
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        database.close();
        PostgresTestResource.deleteRecursively(dataDir);
    }

    @Test
    void refusesToStartAsASuperuser() {
        DatabaseRoleGuard guard = guardConnectingAs("postgres");

        assertThatThrownBy(() -> guard.onStart(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'postgres'")
                .hasMessageContaining("bypasses row-level security");
    }

    @Test
    void startsAsTheApplicationRole() {
        DatabaseRoleGuard guard = guardConnectingAs(EmbeddedDatabase.APP_ROLE);

        assertThatCode(() -> guard.onStart(null)).doesNotThrowAnyException();
    }

    private static DatabaseRoleGuard guardConnectingAs(String user) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(database.jdbcUrl());
        dataSource.setUser(user);
        DatabaseRoleGuard guard = new DatabaseRoleGuard();
        guard.dataSource = dataSource;
        return guard;
    }
}
