package uk.tierless.tenancy;

import java.nio.file.Path;

/**
 * The tenants folders tests read, relative to app/ (Maven's working directory). Behaviour tests run on the fixture,
 * a copy of the councils frozen for the tests, so that editing a council's real files breaks no unrelated test;
 * {@code TenantFilesTest} alone validates the repository's real folder.
 */
public final class TestTenants {

    /** The tests' councils and partnerships; the test profile's {@code tierless.tenants-dir}. */
    public static final Path FIXTURE = Path.of("src", "test", "resources", "tenants-fixture");

    /** The repository's real tenants folder, the one {@code make run} reads. */
    public static final Path REPOSITORY = Path.of("..", "tenants");

    private TestTenants() {
    }
}
