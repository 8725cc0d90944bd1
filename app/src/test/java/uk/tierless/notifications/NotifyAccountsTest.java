package uk.tierless.notifications;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.tierless.tenancy.TenantFolder;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tierless.tenancy.TenantFolder.STAFFORDSHIRE;
import static uk.tierless.tenancy.TenantFolder.TAMWORTH;

class NotifyAccountsTest {

    @TempDir
    Path tenants;

    @Test
    void aCouncilsNotifyAccountIsReadAndChecked() throws IOException {
        NotifyAccounts accounts = new NotifyAccounts();
        TenantFolder folder = new TenantFolder(tenants, accounts)
                .council("staffordshire", STAFFORDSHIRE)
                .council("tamworth", TAMWORTH + """
                        govukNotify:
                          apiKeyEnv: TAMWORTH_NOTIFY_API_KEY
                          templates:
                            acknowledgement: 0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d
                        """);

        folder.read();
        assertThat(accounts.of("tamworth")).get().satisfies(account -> {
            assertThat(account.apiKeyEnv()).isEqualTo("TAMWORTH_NOTIFY_API_KEY");
            assertThat(account.template(Outbox.ACKNOWLEDGEMENT, false)).contains("0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d");
            assertThat(account.template(Outbox.ACKNOWLEDGEMENT, true)).isEmpty();
        });
        assertThat(accounts.of("staffordshire")).isEmpty();

        folder.council("tamworth", TAMWORTH + """
                govukNotify:
                  apiKeyEnv: the key itself
                  templates:
                    reminder: 0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d
                    update: not-a-uuid
                """);
        assertThat(folder.problems())
                .anySatisfy(problem -> assertThat(problem).contains("tamworth/tenant.yaml")
                        .contains("field 'govukNotify.apiKeyEnv'").contains("environment variable"))
                .anySatisfy(problem -> assertThat(problem).contains("field 'govukNotify.templates.reminder'")
                        .contains("is not a kind of message"))
                .anySatisfy(problem -> assertThat(problem).contains("field 'govukNotify.templates.update'")
                        .contains("a UUID"));
    }
}
