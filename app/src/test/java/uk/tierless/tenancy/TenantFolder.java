package uk.tierless.tenancy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A tenants folder written by a test, read with the sections under test. */
public final class TenantFolder {

    public static final String TAMWORTH = """
            slug: tamworth
            officialName: Tamworth Borough Council
            shortName: Tamworth
            gss: E07000199
            tier: district
            parent: staffordshire
            website: https://www.tamworth.gov.uk
            brandColour: "#a4151d"
            referencePrefix: TAM
            validFrom: 1974-04-01
            """;

    public static final String STAFFORDSHIRE = """
            slug: staffordshire
            officialName: Staffordshire County Council
            shortName: Staffordshire
            gss: E10000028
            tier: county
            website: https://www.staffordshire.gov.uk
            brandColour: "#004c45"
            referencePrefix: SCC
            validFrom: 1974-04-01
            """;

    private final Path root;
    private final List<CouncilFileSection<?>> sections;

    public TenantFolder(Path root, CouncilFileSection<?>... sections) {
        this.root = root;
        this.sections = List.of(sections);
    }

    /** Writes the council's tenant.yaml. */
    public TenantFolder council(String folder, String yaml) throws IOException {
        return file(folder, TenantFiles.TENANT_FILE, yaml);
    }

    /** Writes a file of the tenants folder, such as {@code tamworth/services.yaml} or {@code partnerships/one.yaml}. */
    public TenantFolder file(String folder, String name, String yaml) throws IOException {
        Files.createDirectories(root.resolve(folder));
        Files.writeString(root.resolve(folder).resolve(name), yaml);
        return this;
    }

    public TenantConfiguration read() {
        return TenantFiles.read(root, sections);
    }

    /** The problems of a folder that must be refused. */
    public List<String> problems() {
        TenantConfigurationException error = catchThrowableOfType(TenantConfigurationException.class, this::read);
        assertThat(error).as("the folder should have been refused").isNotNull();
        return error.problems();
    }
}
