package uk.tierless.appointments;

import biweekly.Biweekly;
import biweekly.ICalendar;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.identity.StaffSignIn;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.portal.PagePosts;
import uk.tierless.tenancy.TenantScope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The pages: a resident's appointment from the tracking link (see it, move it, cancel it, its .ics); the staff day
 * list (attended, block a slot); the admin setup; and reach: another council's staff see and change nothing.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class AppointmentPagesTest {

    @Inject
    Appointments appointments;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Test
    void aResidentMovesTheirAppointmentAndIsSentTheNewCalendarFile() {
        Booked booked = book("leek", "move@example.com");
        Map<String, Object> later = Births.emptySlot("leek", 1);
        given().when().get("/track/" + booked.token + "/appointment").then().statusCode(200)
                .body(containsString("Your appointment")).body(containsString("Leek Register Office"))
                .body(containsString(AppointmentWords.when(booked.start)))
                .body(containsString("/track/appointment/change?token=" + booked.token));

        Response picker = given().queryParam("token", booked.token).queryParam("from", day(later).toString())
                .when().get("/track/appointment/change");
        picker.then().statusCode(200).body(containsString("name=\"slot\"")).body(containsString("value=\"" + later.get("id") + "\""));
        Response moved = PagePosts.post(picker, "/track/appointment/change", Map.of("slot", (String) later.get("id")));

        assertThat(moved.statusCode()).isEqualTo(303);
        assertThat(moved.getHeader("Location")).endsWith("/track/" + booked.token + "/appointment?done=moved");
        assertThat(appointments.of("staffordshire", booked.requestId).orElseThrow().slot()).isEqualTo(later.get("id"));
        ICalendar sent = Biweekly.parse(lastCalendarSent(booked.requestId)).first();
        assertThat(sent.getEvents().get(0).getSequence().getValue()).isEqualTo(1);
        assertThat(sent.getEvents().get(0).getDateStart().getValue().toInstant()).isEqualTo(Instant.parse((String) later.get("start")));
        assertThat(Births.slots("leek")).filteredOn(slot -> slot.get("id").equals(booked.slot)).singleElement()
                .satisfies(slot -> assertThat(slot.get("free")).as("the old place is free again").isEqualTo(1));
    }

    @Test
    void aTakenSlotOnTheMoveIsSaidOnThePageWithNothingChanged() {
        Booked booked = book("cannock", "taken@example.com");
        Booked other = book("cannock", "other@example.com");
        Response picker = given().queryParam("token", booked.token).when().get("/track/appointment/change");

        Response refused = PagePosts.post(picker, "/track/appointment/change", Map.of("slot", other.slot));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("govuk-error-summary").contains("has just been taken");
        assertThat(appointments.of("staffordshire", booked.requestId).orElseThrow().slot()).isEqualTo(booked.slot);
        PagePosts.post(picker, "/track/appointment/change", Map.of()).then().statusCode(400)
                .body(containsString("Choose a time"));
    }

    @Test
    void aResidentCancelsAndTheCalendarFileRemovesTheEvent() {
        Booked booked = book("tamworth", "cancel@example.com");
        Response confirm = given().queryParam("token", booked.token).when().get("/track/appointment/cancel");
        confirm.then().statusCode(200).body(containsString("Yes, cancel it"));

        Response cancelled = PagePosts.post(confirm, "/track/appointment/cancel", Map.of());

        assertThat(cancelled.statusCode()).isEqualTo(303);
        assertThat(appointments.of("staffordshire", booked.requestId).orElseThrow().state()).isEqualTo("cancelled");
        Response ics = given().when().get("/track/" + booked.token + "/appointment.ics");
        assertThat(ics.contentType()).startsWith("text/calendar");
        assertThat(Biweekly.parse(ics.asString()).first().getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(Biweekly.parse(lastCalendarSent(booked.requestId)).first().getMethod().getValue()).isEqualTo("CANCEL");
        given().when().get("/track/" + booked.token).then().statusCode(200).body(containsString("Cancelled"));
        given().queryParam("token", booked.token).when().get("/track/appointment/change").then().statusCode(409);
        given().when().get("/track/no-such-token/appointment").then().statusCode(404);
    }

    @Test
    void staffSeeTheDayListMarkAttendedAndBlockASlot() {
        Booked booked = book("lichfield", "staff@example.com");
        String day = AppointmentWords.dayOf(booked.start).toString();
        Map<String, String> staff = StaffSignIn.as("staffordshire.caseworker");
        Response page = given().cookies(staff).queryParam("office", "lichfield").queryParam("day", day)
                .when().get("/staff/appointments");
        page.then().statusCode(200).body(containsString(booked.reference)).body(containsString("/staff/request?ref=" + booked.reference));

        PagePosts.spec(page, Map.of("request", booked.requestId.toString(), "state", "attended", "office", "lichfield",
                "day", day)).cookies(staff).when().post("/staff/appointments/mark").then().statusCode(303);
        assertThat(appointments.of("staffordshire", booked.requestId).orElseThrow().state()).isEqualTo("attended");

        Map<String, Object> free = Births.emptySlot("lichfield", 1);
        PagePosts.spec(page, Map.of("slot", (String) free.get("id"), "reason", " ", "office", "lichfield", "day", day))
                .cookies(staff).when().post("/staff/appointments/block").then().statusCode(400)
                .body(containsString("Enter why the slot is blocked"));
        PagePosts.spec(page, Map.of("slot", (String) free.get("id"), "reason", "Registrar on training", "office", "lichfield",
                "day", day)).cookies(staff).when().post("/staff/appointments/block").then().statusCode(303);
        assertThat(Births.slots("lichfield")).extracting(slot -> slot.get("id")).doesNotContain(free.get("id"));
        given().cookies(staff).queryParam("office", "lichfield").queryParam("day", day(free).toString())
                .when().get("/staff/appointments").then().statusCode(200).body(containsString("Blocked: Registrar on training"));
    }

    @Test
    void anotherCouncilsStaffSeeNothingAndChangeNothing() {
        Booked booked = book("stafford", "reach@example.com");
        Map<String, Object> free = Births.emptySlot("stafford", 2);
        Map<String, String> tamworth = StaffSignIn.as("tamworth.caseworker");
        Response page = given().cookies(tamworth).queryParam("office", "stafford")
                .queryParam("day", AppointmentWords.dayOf(booked.start).toString()).when().get("/staff/appointments");
        page.then().statusCode(200).body(containsString("Your council takes no appointments"))
                .body(not(containsString(booked.reference)));

        PagePosts.spec(page, Map.of("request", booked.requestId.toString(), "state", "no_show")).cookies(tamworth)
                .when().post("/staff/appointments/mark").then().statusCode(404);
        PagePosts.spec(page, Map.of("slot", (String) free.get("id"), "reason", "Not ours")).cookies(tamworth)
                .when().post("/staff/appointments/block").then().statusCode(404);
        assertThat(appointments.of("staffordshire", booked.requestId).orElseThrow().state()).isEqualTo("booked");
        assertThat(Births.slots("stafford")).extracting(slot -> slot.get("id")).contains(free.get("id"));
        given().cookies(tamworth).when().get("/admin/appointments").then().statusCode(403);
        given().cookies(StaffSignIn.as("staffordshire-connects.board")).when().get("/staff/appointments").then().statusCode(403);
    }

    @Test
    void theAdministratorChangesHoursAndAddsAClosure() {
        Map<String, String> admin = StaffSignIn.as("staffordshire.admin");
        Response page = given().cookies(admin).queryParam("office", "tamworth").when().get("/admin/appointments");
        page.then().statusCode(200).body(containsString("Tamworth Register Office")).body(containsString("Christmas Eve"));

        PagePosts.spec(page, Map.of("office", "tamworth", "name", "Tamworth Register Office",
                        "address", "Tamworth Library, Corporation Street, Tamworth B79 7DN", "openingTimes", "Monday",
                        "monday-opens", "9am", "monday-closes", "16:00", "monday-minutes", "30", "monday-registrars", "1"))
                .cookies(admin).when().post("/admin/appointments/office").then().statusCode(400)
                .body(containsString("href=\"#monday-opens\"")).body(containsString("Enter the opening time as 09:00"));

        Map<String, Object> first = Births.emptySlot("burton", 2);
        LocalDate closed = day(first);
        PagePosts.spec(page, Map.of("closureOffice", "burton", "from", closed.toString(), "to", closed.toString(),
                "reason", "Staff training")).cookies(admin).when().post("/admin/appointments/closure").then().statusCode(303);
        assertThat(Births.slots("burton")).as("no Burton slot that day")
                .noneSatisfy(slot -> assertThat(day(slot)).isEqualTo(closed));

        UUID closure = tenantScope.call("staffordshire", () -> Closure.<Closure>find("reason", "Staff training").firstResult().id);
        PagePosts.spec(page, Map.of("closure", closure.toString())).cookies(admin)
                .when().post("/admin/appointments/closure/remove").then().statusCode(303);
        assertThat(Births.slots("burton")).as("the day is back").anySatisfy(slot -> assertThat(day(slot)).isEqualTo(closed));
    }

    private record Booked(UUID requestId, String reference, String token, String slot, Instant start) {
    }

    private Booked book(String office, String email) {
        Map<String, Object> slot = Births.emptySlot(office, office.equals("stafford") || office.equals("burton")
                || office.equals("newcastle") ? 2 : 1);
        Response made = Births.register(Births.today().minusDays(6), (String) slot.get("id"), email);
        made.then().statusCode(201);
        String reference = made.path("reference");
        String trackUrl = made.path("trackUrl");
        UUID requestId = tenantScope.call("staffordshire", () -> (UUID) entityManager.createNativeQuery(
                "select id from service_requests where reference = :reference").setParameter("reference", reference)
                .getSingleResult());
        return new Booked(requestId, reference, trackUrl.substring(trackUrl.lastIndexOf('/') + 1), (String) slot.get("id"),
                Instant.parse((String) slot.get("start")));
    }

    private static LocalDate day(Map<String, Object> slot) {
        return AppointmentWords.dayOf(Instant.parse((String) slot.get("start")));
    }

    @SuppressWarnings("unchecked")
    private String lastCalendarSent(UUID requestId) {
        List<String> files = tenantScope.call("staffordshire", () -> entityManager.createNativeQuery(
                "select attachment_content from outbox_messages where request_id = :request and attachment_content is not null"
                        + " order by created_at desc").setParameter("request", requestId).getResultList());
        return files.get(0);
    }
}
