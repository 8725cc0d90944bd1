package uk.tierless.learning;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.platform.WithoutDemoHistory;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data folder's programme (ops/demo/learning) is loaded at start, and its demand read by term. */
@QuarkusTest
@TestProfile(WithoutDemoHistory.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class DemoProgrammeTest {

    @Inject
    Classes classes;

    @Test
    void worcestershiresSpringProgrammeIsLoadedWithTheEightCourses() {
        // Other classes of this start import courses of their own beside the demo's.
        assertThat(classes.courses("worcestershire")).extracting(CourseView::code).contains(
                "ESOL-E1", "MATHS-FS", "DIGI-BEG", "ART-WC", "SPAN-BEG", "YOGA-GEN", "PHOTO-DIG", "COOK-BUD");
        assertThat(classes.find("worcestershire", "DIGI-BEG-MALV-MON")).get()
                .satisfies(taught -> {
                    assertThat(taught.capacity()).isEqualTo(2);
                    assertThat(taught.venuePostcode()).isEqualTo("WR14 3BH");
                    assertThat(taught.term()).isEqualTo("2027-spring");
                    assertThat(taught.fee()).isNull();
                });
        assertThat(classes.find("worcestershire", "ART-WC-HIVE-WED")).get()
                .satisfies(taught -> assertThat(taught.concessionFee()).isEqualTo(4250L));
        assertThat(classes.courses("tamworth")).isEmpty();
    }

    @Test
    void demandInATermSumsEachCoursesClasses() {
        assertThat(classes.demandIn("worcestershire", Term.parse("2027-spring")))
                .filteredOn(demand -> demand.course().equals("DIGI-BEG"))
                .singleElement().satisfies(demand -> {
                    assertThat(demand.capacity()).isEqualTo(12);
                    assertThat(demand.term()).isEqualTo("2027-spring");
                });
        assertThat(classes.demandIn("worcestershire", Term.parse("2026-autumn"))).isEmpty();
    }
}
