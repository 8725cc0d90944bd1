package uk.tierless.appointments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.tierless.tenancy.TenantFiles;
import uk.tierless.tenancy.TenantFolder;
import uk.tierless.tenancy.TestTenants;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** appointments.yaml: the repository's and the tests' copy are valid and the same; a wrong one is refused field by field. */
class AppointmentsFileTest {

    @TempDir
    Path tenants;

    @Test
    void staffordshiresFileIsValidAndTheTestsHaveTheSameCopy() throws IOException {
        AppointmentsFile file = new AppointmentsFile();
        TenantFiles.read(TestTenants.REPOSITORY, java.util.List.of(file));

        AppointmentsDefinition staffordshire = file.definitions().get("staffordshire");
        assertThat(staffordshire.service()).isEqualTo("register-birth");
        assertThat(staffordshire.window().days()).isEqualTo(42);
        assertThat(staffordshire.offices()).extracting(AppointmentsDefinition.Office::name).containsExactly(
                "Stafford Register Office", "Burton upon Trent Register Office", "Cannock Register Office",
                "Leek Register Office", "Lichfield Register Office", "Newcastle-under-Lyme Register Office",
                "Tamworth Register Office");
        assertThat(Files.readString(TestTenants.FIXTURE.resolve("staffordshire").resolve(AppointmentsFile.NAME)))
                .isEqualTo(Files.readString(TestTenants.REPOSITORY.resolve("staffordshire").resolve(AppointmentsFile.NAME)));
    }

    @Test
    void aWrongFileIsRefusedNamingTheFileAndEachField() throws IOException {
        TenantFolder folder = new TenantFolder(tenants, new AppointmentsFile())
                .council("staffordshire", TenantFolder.STAFFORDSHIRE)
                .file("staffordshire", AppointmentsFile.NAME, """
                        service: register-birth
                        window:
                          fromAnswer: baby-date-of-birth
                          days: 0
                        phone: 0300 111 8001
                        offices:
                          - id: Stafford Office
                            name: Stafford Register Office
                            address: Eastgate House, Stafford ST16 2NG
                            openingTimes: Monday to Friday
                            rules:
                              - days: [monday, funday, monday]
                                opens: "9am"
                                closes: "16:30"
                                slotMinutes: 30
                                registrars: 0
                            closures:
                              - from: 2026-12-24
                                to: 2026-12-23
                                reason: Christmas
                        """);

        String file = tenants.getFileName() + "/staffordshire/appointments.yaml";
        assertThat(folder.problems()).containsExactlyInAnyOrder(
                file + ": field 'window.days': must be a number of days from 1 to 366, such as 42",
                file + ": field 'offices[0].id': 'Stafford Office' must be lower-case words joined by hyphens, such as stafford",
                file + ": field 'offices[0].rules[0].days': 'funday' is not a day: write monday to sunday",
                file + ": field 'offices[0].rules[0].days': 'monday' has a rule already: one rule a day",
                file + ": field 'offices[0].rules[0].opens': must be a time such as \"09:00\"",
                file + ": field 'offices[0].rules[0].registrars': must be a number from 1 to 20: the places in each slot",
                file + ": field 'offices[0].closures[0].to': is before from: the last day closed comes after the first");
    }

    @Test
    void anUnknownFieldIsNamed() throws IOException {
        TenantFolder folder = new TenantFolder(tenants, new AppointmentsFile())
                .council("staffordshire", TenantFolder.STAFFORDSHIRE)
                .file("staffordshire", AppointmentsFile.NAME, "service: register-birth\nphone: 1\nofices: []\n");

        assertThat(folder.problems()).singleElement().asString().contains("appointments.yaml").contains("ofices");
    }
}
