package uk.tierless.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.tierless.tenancy.TenantFolder;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.tierless.tenancy.TenantFolder.STAFFORDSHIRE;
import static uk.tierless.tenancy.TenantFolder.TAMWORTH;

class ServicesFileTest {

    private static final String MISSED_BIN_FORM = """
            welcome: Welcome.
            services:
              - service: missed-bin
                mode: form
                summary: Tell us.
                targetDays: 3
                responses:
                  - name: Collected
                    text: "Collected by {dueDate}."
                form:
                  questions:
                    - id: details
                      type: text
                      label: What happened?
            """;

    @TempDir
    Path tenants;

    @Test
    void targetTimesAndStandardRepliesAreReadForTheirCouncil() throws IOException {
        ServicesFile services = new ServicesFile();
        new TenantFolder(tenants, services)
                .council("staffordshire", STAFFORDSHIRE)
                .council("tamworth", TAMWORTH + "privacyNotice: https://www.tamworth.gov.uk/privacy\n")
                .file("tamworth", ServicesFile.NAME, MISSED_BIN_FORM)
                .read();

        PortalDefinition.Offer missedBin = services.definitions().get("tamworth").services().get(0);
        assertThat(missedBin.targetDays()).isEqualTo(3);
        assertThat(missedBin.responsesOrEmpty()).singleElement()
                .extracting(PortalDefinition.Response::name).isEqualTo("Collected");
        assertThat(services.definitions()).doesNotContainKey("staffordshire");
    }

    @Test
    void targetTimesAndStandardRepliesAreChecked() throws IOException {
        TenantFolder folder = new TenantFolder(tenants, new ServicesFile())
                .council("staffordshire", STAFFORDSHIRE)
                .council("tamworth", TAMWORTH)
                .file("tamworth", ServicesFile.NAME, """
                        welcome: Welcome.
                        services:
                          - service: missed-bin
                            mode: form
                            summary: Tell us.
                            targetDays: 0
                            responses:
                              - name: Collected
                                text: "Collected by {dueDate}, {residentName}."
                            form:
                              questions:
                                - id: details
                                  type: text
                                  label: What happened?
                          - service: bin-collection-day
                            mode: link
                            summary: Find your day.
                            link: https://www.tamworth.gov.uk/bins
                            targetDays: 5
                        """);

        assertThat(folder.problems()).anySatisfy(problem -> assertThat(problem).contains("services[0].targetDays")
                        .contains("from 1 to 365"))
                .anySatisfy(problem -> assertThat(problem).contains("services[0].responses[0].text")
                        .contains("{residentName} is not a field"))
                .anySatisfy(problem -> assertThat(problem).contains("services[1].targetDays")
                        .contains("only a form service"));
    }

    @Test
    void aCouncilWithFormsNamesItsPrivacyNoticeInItsTenantFile() throws IOException {
        TenantFolder folder = new TenantFolder(tenants, new ServicesFile())
                .council("staffordshire", STAFFORDSHIRE)
                .council("tamworth", TAMWORTH)
                .file("tamworth", ServicesFile.NAME, MISSED_BIN_FORM);

        assertThat(folder.problems()).containsExactly(tenants.getFileName() + "/tamworth/tenant.yaml: field"
                + " 'privacyNotice': is missing: a council with forms links residents to its privacy notice");
    }
}
