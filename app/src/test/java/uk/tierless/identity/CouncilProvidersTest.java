package uk.tierless.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.tierless.tenancy.TenantFolder;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tierless.tenancy.TenantFolder.STAFFORDSHIRE;
import static uk.tierless.tenancy.TenantFolder.TAMWORTH;

class CouncilProvidersTest {

    @TempDir
    Path tenants;

    @Test
    void aCouncilsOwnIdentityProviderIsReadAndChecked() throws IOException {
        CouncilProviders providers = new CouncilProviders();
        TenantFolder folder = new TenantFolder(tenants, providers)
                .council("staffordshire", STAFFORDSHIRE + """
                        identity:
                          issuer: https://login.microsoftonline.com/staffs/v2.0
                          clientId: tierless
                          secretEnv: STAFFS_OIDC_SECRET
                        """)
                .council("tamworth", TAMWORTH);

        folder.read();
        CouncilProvider staffordshire = providers.of("staffordshire").orElseThrow();
        assertThat(staffordshire.issuer()).isEqualTo("https://login.microsoftonline.com/staffs/v2.0");
        assertThat(staffordshire.rolesClaimOrDefault()).isEqualTo("roles");
        assertThat(providers.councilWithIssuer("https://login.microsoftonline.com/staffs/v2.0")).contains("staffordshire");
        assertThat(providers.of("tamworth")).isEmpty();

        folder.council("tamworth", TAMWORTH + """
                identity:
                  issuer: https://login.microsoftonline.com/staffs/v2.0
                  clientId: tierless
                  secretEnv: the secret itself
                """);
        assertThat(folder.problems())
                .anySatisfy(problem -> assertThat(problem).contains("tamworth/tenant.yaml")
                        .contains("field 'identity.secretEnv'").contains("environment variable"))
                .anySatisfy(problem -> assertThat(problem).contains("field 'identity.issuer'")
                        .contains("already used by " + tenants.getFileName() + "/staffordshire/tenant.yaml"));
    }

    @Test
    void anUnknownKeyOfTheProviderIsNamedWithTheProvidersKeys() throws IOException {
        TenantFolder folder = new TenantFolder(tenants, new CouncilProviders())
                .council("staffordshire", STAFFORDSHIRE)
                .council("tamworth", TAMWORTH + """
                        identity:
                          issuer: https://login.microsoftonline.com/tamworth/v2.0
                          clientId: tierless
                          secret: hunter2
                        """);

        assertThat(folder.problems()).singleElement().asString()
                .startsWith(tenants.getFileName() + "/tamworth/tenant.yaml: field 'secret': unknown field (line ")
                .endsWith("); the fields are clientId, issuer, rolesClaim, secretEnv");
    }
}
