package uk.tierless.appointments;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.tierless.identity.OidcTestServer;
import uk.tierless.platform.PostgresTestResource;
import uk.tierless.requests.BookingDesk;
import uk.tierless.tenancy.TenantScope;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slots from an office's rules: weekdays only as the rules say, none on bank holidays or closures, a place per
 * registrar; and regenerating after the rules change withdraws slots and places no one holds, never a booked one.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcTestServer.class)
class SlotGenerationTest {

    @Inject
    SlotGenerator generator;

    @Inject
    Appointments appointments;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    @Test
    void christmasHasNoSlotsForTheClosureTheBankHolidaysAndTheWeekend() {
        RegisterOffice office = new RegisterOffice();
        office.id = UUID.randomUUID();
        Closure christmasEve = closure(null, LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 24));
        Closure otherOffice = closure(UUID.randomUUID(), LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 29));

        List<SlotGenerator.Planned> planned = generator.plan(office, weekdays(office.id, "09:00", "16:30", 30, 2),
                List.of(christmasEve, otherOffice), LocalDate.of(2026, 12, 21));

        Map<LocalDate, List<SlotGenerator.Planned>> byDay = planned.stream()
                .collect(Collectors.groupingBy(slot -> AppointmentWords.dayOf(slot.start())));
        assertThat(byDay).containsKeys(LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 29))
                .doesNotContainKeys(LocalDate.of(2026, 12, 24), // the council's closure
                        LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1), // bank holidays
                        LocalDate.of(2026, 12, 26), LocalDate.of(2026, 12, 27)); // the weekend
        assertThat(byDay.get(LocalDate.of(2026, 12, 29))).as("09:00 to 16:30 in half hours").hasSize(15)
                .allSatisfy(slot -> assertThat(slot.places()).isEqualTo(2));
        assertThat(byDay.get(LocalDate.of(2026, 12, 29)).get(0).start()).isEqualTo(Instant.parse("2026-12-29T09:00:00Z"));
        assertThat(byDay.get(LocalDate.of(2026, 12, 29)).get(14).start()).isEqualTo(Instant.parse("2026-12-29T16:00:00Z"));
        assertThat(planned).as("the 60-day horizon").allSatisfy(slot ->
                assertThat(AppointmentWords.dayOf(slot.start())).isBefore(LocalDate.of(2026, 12, 21).plusDays(60)));
    }

    @Test
    void summerTimeSlotsStartAtTheLocalHour() {
        RegisterOffice office = new RegisterOffice();
        office.id = UUID.randomUUID();

        List<SlotGenerator.Planned> planned = generator.plan(office, weekdays(office.id, "09:30", "10:30", 60, 1), List.of(),
                LocalDate.of(2027, 6, 7));

        assertThat(planned.get(0).start()).as("09:30 in London is 08:30 UTC in June").isEqualTo(Instant.parse("2027-06-07T08:30:00Z"));
        assertThat(planned).as("one hour-long slot a weekday").hasSize(planned.stream()
                .map(slot -> AppointmentWords.dayOf(slot.start())).distinct().toList().size());
    }

    @Test
    void regeneratingAfterTheRulesChangeKeepsEveryBookedPlace() {
        Map<String, Object> slot = Births.emptySlot("newcastle", 2);
        UUID slotId = UUID.fromString((String) slot.get("id"));
        LocalDate day = AppointmentWords.dayOf(Instant.parse((String) slot.get("start")));
        tenantScope.run("staffordshire", () -> appointments.book(new BookingDesk.Booking("staffordshire", "register-birth",
                UUID.randomUUID(), "SCC-KEEP", Map.of("slot", slotId.toString()),
                Map.of("baby-date-of-birth", Births.today().minusDays(1).toString()), null)));

        tenantScope.run("staffordshire", () -> {
            RegisterOffice newcastle = RegisterOffice.byCode("newcastle").orElseThrow();
            OfficeRule.<OfficeRule>list("officeId", newcastle.id).forEach(rule -> rule.registrars = 1);
            Closure closed = closure(newcastle.id, day, day);
            closed.persist();
            generator.generateAll(Births.today());
        });

        tenantScope.run("staffordshire", () -> {
            Slot kept = Slot.findById(slotId);
            entityManager.refresh(kept);
            assertThat(kept.withdrawn).as("the closed day's slot is withdrawn").isTrue();
            assertThat(places(slotId)).as("its booked place stays").contains((short) 1);
            assertThat(AppointmentBooking.<AppointmentBooking>list("slotId", slotId))
                    .singleElement().satisfies(booking -> assertThat(booking.state).isEqualTo(AppointmentBooking.BOOKED));
            RegisterOffice newcastle = RegisterOffice.byCode("newcastle").orElseThrow();
            Slot open = Slot.<Slot>find("officeId = ?1 and withdrawn = false order by startsAt", newcastle.id).firstResult();
            assertThat(places(open.id)).as("one registrar now: one place").containsExactly((short) 1);
        });
        assertThat(Births.slots("newcastle")).extracting(listed -> listed.get("id")).doesNotContain(slotId.toString());

        tenantScope.run("staffordshire", () -> {
            RegisterOffice newcastle = RegisterOffice.byCode("newcastle").orElseThrow();
            OfficeRule.<OfficeRule>list("officeId", newcastle.id).forEach(rule -> rule.registrars = 2);
            Closure.delete("officeId = ?1 and firstDay = ?2", newcastle.id, day);
            generator.generateAll(Births.today());
        });
        assertThat(Births.slots("newcastle")).filteredOn(listed -> listed.get("id").equals(slotId.toString()))
                .singleElement().satisfies(listed -> assertThat(listed.get("free")).as("back, with its booking").isEqualTo(1));
    }

    @SuppressWarnings("unchecked")
    private List<Short> places(UUID slotId) {
        return entityManager.createNativeQuery("select place from appointment_places where slot_id = :slot order by place",
                Short.class).setParameter("slot", slotId).getResultList();
    }

    private static List<OfficeRule> weekdays(UUID office, String opens, String closes, int minutes, int registrars) {
        return List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                .stream().map(day -> {
                    OfficeRule rule = new OfficeRule();
                    rule.officeId = office;
                    rule.dayOfWeek = day.getValue();
                    rule.opens = LocalTime.parse(opens);
                    rule.closes = LocalTime.parse(closes);
                    rule.slotMinutes = minutes;
                    rule.registrars = registrars;
                    return rule;
                }).toList();
    }

    private static Closure closure(UUID office, LocalDate first, LocalDate last) {
        Closure closure = new Closure();
        closure.officeId = office;
        closure.firstDay = first;
        closure.lastDay = last;
        closure.reason = "Test closure";
        return closure;
    }
}
