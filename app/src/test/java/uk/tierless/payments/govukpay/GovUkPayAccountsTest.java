package uk.tierless.payments.govukpay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.tierless.tenancy.TenantFolder;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tierless.tenancy.TenantFolder.STAFFORDSHIRE;
import static uk.tierless.tenancy.TenantFolder.TAMWORTH;

class GovUkPayAccountsTest {

    @TempDir
    Path tenants;

    @Test
    void aCouncilsGovUkPayAccountIsReadAndItsKeyIsOnlyEverNamed() throws IOException {
        GovUkPayAccounts accounts = new GovUkPayAccounts();
        TenantFolder folder = new TenantFolder(tenants, accounts)
                .council("staffordshire", STAFFORDSHIRE)
                .council("tamworth", TAMWORTH + """
                        govukPay:
                          apiKeyEnv: TAMWORTH_PAY_API_KEY
                        """);

        folder.read();
        assertThat(accounts.of("tamworth")).get().extracting(GovUkPayAccount::apiKeyEnv).isEqualTo("TAMWORTH_PAY_API_KEY");
        assertThat(accounts.of("staffordshire")).isEmpty();

        folder.council("tamworth", TAMWORTH + """
                govukPay:
                  apiKeyEnv: api_test_the-key-itself
                """);
        assertThat(folder.problems()).singleElement().asString().contains("tamworth/tenant.yaml")
                .contains("field 'govukPay.apiKeyEnv'").contains("environment variable");

        folder.council("tamworth", TAMWORTH + """
                govukPay:
                  apiKey: api_test_the-key-itself
                """);
        assertThat(folder.problems()).singleElement().asString().contains("unknown field");
    }
}
