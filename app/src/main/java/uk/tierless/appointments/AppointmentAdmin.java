package uk.tierless.appointments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.audit.AuditLog;
import uk.tierless.platform.Text;
import uk.tierless.tenancy.TenantScope;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A tenant administrator's changes to the council's appointment setup: the window and phone number, an office's
 * details and weekly rules, closures. Each change is checked (a 400 naming each field), audited, and followed by
 * generating the slots again in the same transaction, so residents see the new rules at once.
 */
@ApplicationScoped
class AppointmentAdmin {

    @Inject
    TenantScope tenantScope;

    @Inject
    SlotGenerator generator;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /** A day's rule as typed: all blank, the office is closed that day. */
    record DayRule(DayOfWeek day, String opens, String closes, String minutes, String registrars) {

        boolean closed() {
            return Text.blankToNull(opens) == null && Text.blankToNull(closes) == null
                    && Text.blankToNull(minutes) == null && Text.blankToNull(registrars) == null;
        }
    }

    record Setup(AppointmentSettings settings, List<RegisterOffice> offices, List<Closure> closures,
                 Map<UUID, List<OfficeRule>> rules) {
    }

    Setup setup(String council) {
        return tenantScope.call(council, () -> {
            List<RegisterOffice> offices = RegisterOffice.inOrder();
            Map<UUID, List<OfficeRule>> rules = new LinkedHashMap<>();
            offices.forEach(office -> rules.put(office.id, OfficeRule.of(office.id)));
            return new Setup(AppointmentSettings.find(), offices, Closure.list("order by firstDay"), rules);
        });
    }

    void settings(String council, String actor, String windowDays, String phone) {
        List<ApiError.FieldError> problems = new ArrayList<>();
        Integer days = number(windowDays, 1, 366, "windowDays", "a number of days from 1 to 366, such as 42", problems);
        String number = required(phone, "phone", "the phone number residents call when no slot is left", problems);
        refuseIf(problems);
        tenantScope.run(council, () -> {
            AppointmentSettings settings = existing(AppointmentSettings.find());
            Map<String, Object> before = Map.of("windowDays", String.valueOf(settings.windowDays), "phone", settings.phone);
            if (settings.windowFromAnswer != null) {
                settings.windowDays = days;
            }
            settings.phone = number;
            auditLog.record(council, actor, "appointments.settings-changed", "Appointment window and phone changed",
                    "appointments", before, Map.of("windowDays", String.valueOf(settings.windowDays), "phone", number));
        });
    }

    void office(String council, String actor, String code, String name, String address, String openingTimes,
                List<DayRule> days) {
        List<ApiError.FieldError> problems = new ArrayList<>();
        String officeName = required(name, "name", "the office's name", problems);
        String officeAddress = required(address, "address", "the office's address", problems);
        String times = required(openingTimes, "openingTimes", "the opening times residents read", problems);
        List<OfficeRule> rules = new ArrayList<>();
        for (DayRule day : days) {
            if (!day.closed()) {
                rule(day, problems).ifPresent(rules::add);
            }
        }
        refuseIf(problems);
        tenantScope.run(council, () -> {
            RegisterOffice office = existing(RegisterOffice.byCode(code).orElse(null));
            office.name = officeName;
            office.address = officeAddress;
            office.openingTimes = times;
            OfficeRule.delete("officeId", office.id);
            rules.forEach(rule -> {
                rule.officeId = office.id;
                rule.persist();
            });
            auditLog.record(council, actor, "appointments.office-changed", office.name + ": details and hours changed",
                    "office:" + code, null, Map.of("name", officeName, "address", officeAddress, "openingTimes", times,
                            "days", rules.stream().map(rule -> rule.day() + " " + rule.opens + "-" + rule.closes + " every "
                                    + rule.slotMinutes + " min, " + rule.registrars + " registrars").toList()));
            generator.generateAll(AppointmentWords.today(clock));
        });
    }

    void addClosure(String council, String actor, String officeCode, String from, String to, String reason) {
        List<ApiError.FieldError> problems = new ArrayList<>();
        LocalDate first = date(from, "from", problems);
        LocalDate last = date(to, "to", problems);
        if (first != null && last != null && last.isBefore(first)) {
            problems.add(new ApiError.FieldError("to", "The last day closed must be on or after the first"));
        }
        String why = required(reason, "reason", "why the office is closed", problems);
        refuseIf(problems);
        tenantScope.run(council, () -> {
            Closure closure = new Closure();
            String office = Text.blankToNull(officeCode);
            closure.officeId = office == null ? null : existing(RegisterOffice.byCode(office).orElse(null)).id;
            closure.firstDay = first;
            closure.lastDay = last;
            closure.reason = why;
            closure.persist();
            auditLog.record(council, actor, "appointments.closure-added", "Closed " + first + " to " + last + ": " + why
                    + (office == null ? " (every office)" : " (" + office + ")"), "appointments", null, null);
            generator.generateAll(AppointmentWords.today(clock));
        });
    }

    void removeClosure(String council, String actor, UUID id) {
        tenantScope.run(council, () -> {
            Closure closure = existing(Closure.<Closure>findById(id));
            auditLog.record(council, actor, "appointments.closure-removed", "Closure " + closure.firstDay + " to "
                    + closure.lastDay + " removed: " + closure.reason, "appointments", null, null);
            closure.delete();
            generator.generateAll(AppointmentWords.today(clock));
        });
    }

    private static Optional<OfficeRule> rule(DayRule day, List<ApiError.FieldError> problems) {
        String at = day.day().name().toLowerCase();
        int before = problems.size();
        LocalTime opens = time(day.opens(), at + "-opens", "opening time", problems);
        LocalTime closes = time(day.closes(), at + "-closes", "closing time", problems);
        Integer minutes = number(day.minutes(), 5, 240, at + "-minutes", "minutes from 5 to 240, such as 30", problems);
        Integer registrars = number(day.registrars(), 1, 20, at + "-registrars", "registrars from 1 to 20", problems);
        if (opens != null && closes != null && minutes != null && opens.plusMinutes(minutes).isAfter(closes)) {
            problems.add(new ApiError.FieldError(at + "-closes", "The closing time must leave at least one slot after opening"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        OfficeRule rule = new OfficeRule();
        rule.dayOfWeek = day.day().getValue();
        rule.opens = opens;
        rule.closes = closes;
        rule.slotMinutes = minutes;
        rule.registrars = registrars;
        return Optional.of(rule);
    }

    private static LocalTime time(String text, String field, String what, List<ApiError.FieldError> problems) {
        LocalTime time = AppointmentsFile.time(Text.blankToNull(text));
        if (time == null) {
            problems.add(new ApiError.FieldError(field, "Enter the " + what + " as 09:00"));
        }
        return time;
    }

    private static Integer number(String text, int least, int most, String field, String what, List<ApiError.FieldError> problems) {
        String digits = Text.blankToNull(text);
        if (digits != null && digits.matches("\\d{1,4}")) {
            int number = Integer.parseInt(digits);
            if (number >= least && number <= most) {
                return number;
            }
        }
        problems.add(new ApiError.FieldError(field, "Enter " + what));
        return null;
    }

    private static LocalDate date(String text, String field, List<ApiError.FieldError> problems) {
        try {
            return LocalDate.parse(Text.blankToNull(text) == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            problems.add(new ApiError.FieldError(field, "Enter a day as 2026-12-24"));
            return null;
        }
    }

    private static String required(String text, String field, String what, List<ApiError.FieldError> problems) {
        String value = Text.blankToNull(text);
        if (value == null) {
            problems.add(new ApiError.FieldError(field, "Enter " + what));
        }
        return value;
    }

    private static void refuseIf(List<ApiError.FieldError> problems) {
        if (!problems.isEmpty()) {
            throw ApiException.invalid("The change was not saved", problems);
        }
    }

    private static <T> T existing(T found) {
        if (found == null) {
            throw ApiException.notFound("Your council has no such appointment setting");
        }
        return found;
    }
}
