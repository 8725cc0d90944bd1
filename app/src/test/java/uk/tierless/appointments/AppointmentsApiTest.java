package uk.tierless.appointments;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.tenancy.TenantScope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * The public reads (register offices, slots) and booking with a request: POST /api/v1/requests for register-birth
 * with {@code appointment: {slot}}, the 42-day window, a full slot's slot_taken with alternatives.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class AppointmentsApiTest {

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Inject
    Appointments appointments;

    @Test
    void staffordshireListsItsSevenRegisterOffices() {
        given().queryParam("council", "staffordshire").when().get("/api/v1/register-offices").then().statusCode(200)
                .body("id", equalTo(List.of("stafford", "burton", "cannock", "leek", "lichfield", "newcastle", "tamworth")))
                .body("find { it.id == 'lichfield' }.address", equalTo("The Old Library, Bird Street, Lichfield WS13 6PN"))
                .body("find { it.id == 'lichfield' }.name", equalTo("Lichfield Register Office"));
        given().queryParam("council", "tamworth").when().get("/api/v1/register-offices").then().statusCode(200)
                .body("", hasSize(0));
        given().queryParam("council", "nowhere").when().get("/api/v1/register-offices").then().statusCode(404)
                .body("error", equalTo("not_found"));
        given().when().get("/api/v1/register-offices").then().statusCode(400).body("details.field", hasItem("council"));
    }

    @Test
    void slotsAreThirtyMinutesOnOpeningDaysOnly() {
        List<Map<String, Object>> slots = Births.slots("stafford");
        assertThat(slots).isNotEmpty().allSatisfy(slot -> {
            Instant start = Instant.parse((String) slot.get("start"));
            assertThat(Instant.parse((String) slot.get("end"))).isEqualTo(start.plusSeconds(1800));
            assertThat(start.atZone(Births.LONDON).getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
            assertThat(start.atZone(Births.LONDON).toLocalTime()).isBetween(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(16, 0));
            assertThat(start).isAfter(Instant.now());
        });
        assertThat(slots).extracting(slot -> slot.get("start")).doesNotHaveDuplicates();
    }

    @Test
    void badRangesAreRefusedNamingTheField() {
        String today = Births.today().toString();
        given().queryParam("council", "staffordshire").queryParam("office", "stafford").queryParam("from", "2026-02-30")
                .queryParam("to", today).when().get("/api/v1/appointments/slots").then().statusCode(400)
                .body("error", equalTo("invalid_request")).body("details.field", hasItem("from"));
        given().queryParam("council", "staffordshire").queryParam("office", "stafford").queryParam("from", today)
                .queryParam("to", Births.today().plusDays(62).toString()).when().get("/api/v1/appointments/slots")
                .then().statusCode(400).body("details.field", hasItem("to")).body("details.message", hasItem(containsString("62 days")));
        given().queryParam("council", "staffordshire").queryParam("office", "stafford").queryParam("from", today)
                .queryParam("to", Births.today().plusDays(61).toString()).when().get("/api/v1/appointments/slots")
                .then().statusCode(200);
        given().queryParam("council", "staffordshire").queryParam("from", today).queryParam("to", "tomorrow")
                .when().get("/api/v1/appointments/slots").then().statusCode(400).body("details.field", hasItems("office", "to"));
        given().queryParam("council", "staffordshire").queryParam("office", "atlantis").queryParam("from", today)
                .queryParam("to", today).when().get("/api/v1/appointments/slots").then().statusCode(404);
    }

    @Test
    void aBirthLastWeekBooksASlotAndTheAnswerSaysWhenAndWhere() {
        Map<String, Object> slot = Births.emptySlot("stafford", 2);
        Response made = Births.register(Births.today().minusDays(7), (String) slot.get("id"), "parent@example.com");

        made.then().statusCode(201).body("appointment.slot", equalTo(slot.get("id")))
                .body("appointment.start", equalTo(slot.get("start"))).body("appointment.end", equalTo(slot.get("end")))
                .body("appointment.office.id", equalTo("stafford"))
                .body("appointment.office.name", equalTo("Stafford Register Office"))
                .body("appointment.office.address", equalTo("Eastgate House, 79 Eastgate Street, Stafford ST16 2NG"));
        assertThat(free((String) slot.get("id"))).isEqualTo(1);
        String reference = made.path("reference");
        assertThat(acknowledgementCalendar(reference)).contains("BEGIN:VCALENDAR\r\n").contains("METHOD:PUBLISH")
                .contains("LOCATION:Stafford Register Office\\, Eastgate House");
    }

    @Test
    void theSameKeyAgainAnswersWithTheAppointmentFirstBookedAndBooksNoOther() {
        Map<String, Object> slot = Births.emptySlot("stafford", 2);
        String key = "birth-again-" + UUID.randomUUID();
        String reference = Births.register(Births.today().minusDays(3), (String) slot.get("id"), "again@example.com", key)
                .then().statusCode(201).extract().path("reference");
        Map<String, Object> other = Births.emptySlot("stafford", 2);

        Births.register(Births.today().minusDays(3), (String) other.get("id"), "again@example.com", key)
                .then().statusCode(200).body("reference", equalTo(reference))
                .body("appointment.slot", equalTo(slot.get("id"))).body("appointment.office.id", equalTo("stafford"));
        assertThat(free((String) slot.get("id"))).isEqualTo(1);
        assertThat(free((String) other.get("id"))).isEqualTo(2);
    }

    @Test
    void aFullSlotIsSlotTakenWithAlternativesAndNoRequestIsMade() {
        Map<String, Object> slot = Births.emptySlot("stafford", 2);
        String id = (String) slot.get("id");
        Births.register(Births.today().minusDays(3), id, "first@example.com").then().statusCode(201);
        Births.register(Births.today().minusDays(3), id, "second@example.com").then().statusCode(201);

        Response third = Births.register(Births.today().minusDays(3), id, "third@example.com");

        third.then().statusCode(409).body("error", equalTo("slot_taken")).body("message", containsString("has just been taken"))
                .body("alternatives", hasSize(5)).body("alternatives.id", not(hasItem(id)))
                .body("alternatives[0].free", org.hamcrest.Matchers.greaterThan(0));
        List<String> offices = third.path("alternatives.id");
        assertThat(offices).allSatisfy(alternative -> assertThat(officeOf(alternative)).isEqualTo("stafford"));
        assertThat(requestsFrom("third@example.com")).as("the refused booking left no request").isZero();
    }

    @Test
    void aSlotPastTheWindowIsRefusedNamingItsDayAndTheLastDay() {
        LocalDate born = Births.today().minusDays(40);
        LocalDate lastDay = born.plusDays(42);
        Map<String, Object> late = Births.slots("stafford").stream()
                .filter(slot -> Instant.parse((String) slot.get("start")).atZone(Births.LONDON).toLocalDate().isAfter(lastDay))
                .findFirst().orElseThrow();

        Births.register(born, (String) late.get("id"), "late@example.com").then().statusCode(400)
                .body("error", equalTo("invalid_request")).body("details.field", hasItem("appointment.slot"))
                .body("message", containsString("must be registered within 42 days, by " + AppointmentWords.day(lastDay)))
                .body("message", containsString(AppointmentWords.day(Instant.parse((String) late.get("start")))));
    }

    @Test
    void aBabyBorn43DaysAgoHasNoSlotsAndIsToldToPhoneTheRegisterOffice() {
        LocalDate born = Births.today().minusDays(43);
        Map<String, Object> answers = Map.of("baby-date-of-birth", born.toString());

        Appointments.Window window = appointments.window("staffordshire", "register-birth", answers).orElseThrow();

        assertThat(window.last()).isEqualTo(Births.today().minusDays(1)).isBefore(window.first());
        assertThat(appointments.noSlotsLeft("staffordshire", window))
                .contains("within 42 days").contains("The last day to register this birth was " + AppointmentWords.day(window.last()))
                .contains("call the register office on 0300 111 8001");
        Births.register(born, (String) Births.slots("burton").get(0).get("id"), "overdue@example.com").then().statusCode(400)
                .body("message", containsString("call the register office on 0300 111 8001"));
    }

    @Test
    void anUnknownOrMissingSlotIsA400NamingAppointmentSlot() {
        Births.register(Births.today().minusDays(2), UUID.randomUUID().toString(), "nobody@example.com").then().statusCode(400)
                .body("details.field", hasItem("appointment.slot"));
        Births.register(Births.today().minusDays(2), "not-a-slot", "nobody@example.com").then().statusCode(400)
                .body("details.field", hasItem("appointment.slot"));
    }

    private int free(String slotId) {
        return Births.slots("stafford").stream().filter(slot -> slot.get("id").equals(slotId))
                .map(slot -> ((Number) slot.get("free")).intValue()).findFirst().orElseThrow();
    }

    private String officeOf(String slotId) {
        return tenantScope.call("staffordshire", () -> (String) entityManager.createNativeQuery(
                        "select o.code from appointment_slots s join appointment_offices o on o.id = s.office_id where s.id = :id")
                .setParameter("id", UUID.fromString(slotId)).getSingleResult());
    }

    private long requestsFrom(String email) {
        return tenantScope.call("staffordshire", () -> ((Number) entityManager.createNativeQuery(
                "select count(*) from request_contacts where email = :email").setParameter("email", email)
                .getSingleResult()).longValue());
    }

    private String acknowledgementCalendar(String reference) {
        return tenantScope.call("staffordshire", () -> (String) entityManager.createNativeQuery(
                        "select m.attachment_content from outbox_messages m join service_requests r on r.id = m.request_id"
                                + " where r.reference = :reference and m.attachment_filename = 'appointment.ics'")
                .setParameter("reference", reference).getSingleResult());
    }
}
