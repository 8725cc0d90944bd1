package uk.tierless.appointments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import uk.tierless.platform.BankHolidays;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Makes an office's slots from its rules for the horizon (today and the days after it), skipping bank holidays and
 * closures. Idempotent: a slot already there is kept (its length and places follow the rule); a slot the rules no
 * longer make is withdrawn, never deleted; a place is added for each registrar, and one beyond them is removed only
 * when no live booking holds it. So regenerating never touches a booked place. Runs in the council's scope.
 */
@ApplicationScoped
public class SlotGenerator {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    EntityManager entityManager;

    @Inject
    BankHolidays bankHolidays;

    @Inject
    AppointmentsConfig config;

    /** One slot as the rules make it. */
    record Planned(Instant start, int minutes, int places) {
    }

    /** Every office of the council in scope, from {@code today} for the configured horizon. */
    void generateAll(LocalDate today) {
        List<Closure> closures = Closure.listAll();
        for (RegisterOffice office : RegisterOffice.inOrder()) {
            generate(office, closures, today);
        }
    }

    /** The slots the rules make for one office, from {@code today} for the horizon (a pure function of its inputs). */
    List<Planned> plan(RegisterOffice office, List<OfficeRule> rules, List<Closure> closures, LocalDate today) {
        Map<Integer, OfficeRule> byDay = rules.stream().collect(Collectors.toMap(rule -> rule.dayOfWeek, rule -> rule));
        List<Planned> planned = new ArrayList<>();
        for (LocalDate day = today; day.isBefore(today.plusDays(config.horizonDays())); day = day.plusDays(1)) {
            OfficeRule rule = byDay.get(day.getDayOfWeek().getValue());
            LocalDate date = day;
            if (rule == null || bankHolidays.isBankHoliday(day)
                    || closures.stream().anyMatch(closure -> closure.closes(office.id, date))) {
                continue;
            }
            // A slot ends by closing time, and never past midnight (where a LocalTime would wrap round).
            for (LocalTime at = rule.opens; !at.plusMinutes(rule.slotMinutes).isAfter(rule.closes)
                    && at.plusMinutes(rule.slotMinutes).isAfter(at); at = at.plusMinutes(rule.slotMinutes)) {
                planned.add(new Planned(day.atTime(at).atZone(LONDON).toInstant(), rule.slotMinutes, rule.registrars));
            }
        }
        return planned;
    }

    private void generate(RegisterOffice office, List<Closure> closures, LocalDate today) {
        List<Planned> planned = plan(office, OfficeRule.of(office.id), closures, today);
        Map<String, List<Planned>> byShape = new LinkedHashMap<>();
        planned.forEach(slot -> byShape.computeIfAbsent(slot.minutes() + "/" + slot.places(), shape -> new ArrayList<>()).add(slot));
        for (List<Planned> shape : byShape.values()) {
            entityManager.createNativeQuery("insert into appointment_slots (id, tenant_id, office_id, starts_at, ends_at, places)"
                            + " select gen_random_uuid(), :council, :office, s, s + make_interval(mins => :minutes), :places"
                            + " from unnest(cast(:starts as timestamptz[])) s"
                            + " on conflict (tenant_id, office_id, starts_at) do update set ends_at = excluded.ends_at,"
                            + " places = excluded.places, withdrawn = false"
                            + " where (appointment_slots.ends_at, appointment_slots.places, appointment_slots.withdrawn)"
                            + " is distinct from (excluded.ends_at, excluded.places, false)")
                    .setParameter("council", office.tenantId).setParameter("office", office.id)
                    .setParameter("minutes", shape.get(0).minutes()).setParameter("places", shape.get(0).places())
                    .setParameter("starts", array(shape)).executeUpdate();
        }
        Instant from = today.atStartOfDay(LONDON).toInstant();
        Instant to = today.plusDays(config.horizonDays()).atStartOfDay(LONDON).toInstant();
        entityManager.createNativeQuery("update appointment_slots set withdrawn = true where office_id = :office"
                        + " and starts_at >= :from and starts_at < :to and not withdrawn"
                        + " and starts_at <> all (cast(:starts as timestamptz[]))")
                .setParameter("office", office.id).setParameter("from", from).setParameter("to", to)
                .setParameter("starts", array(planned)).executeUpdate();
        entityManager.createNativeQuery("insert into appointment_places (tenant_id, slot_id, place)"
                        + " select s.tenant_id, s.id, p from appointment_slots s cross join generate_series(1, s.places) p"
                        + " where s.office_id = :office and s.starts_at >= :from on conflict do nothing")
                .setParameter("office", office.id).setParameter("from", from).executeUpdate();
        entityManager.createNativeQuery("delete from appointment_places p using appointment_slots s"
                        + " where p.slot_id = s.id and s.office_id = :office and s.starts_at >= :from and p.place > s.places"
                        + " and not exists (select 1 from appointment_bookings b"
                        + " where b.tenant_id = p.tenant_id and b.slot_id = p.slot_id and b.place = p.place)")
                .setParameter("office", office.id).setParameter("from", from).executeUpdate();
    }

    /** PostgreSQL's array literal of the slots' starts, for one statement per shape rather than one per slot. */
    private static String array(List<Planned> slots) {
        return slots.stream().map(slot -> slot.start().toString()).collect(Collectors.joining(",", "{", "}"));
    }
}
