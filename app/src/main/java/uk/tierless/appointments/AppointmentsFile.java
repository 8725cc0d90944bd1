package uk.tierless.appointments;

import jakarta.enterprise.context.ApplicationScoped;
import uk.tierless.tenancy.CouncilFileSection;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Appointments' section of a council's files: {@code appointments.yaml}. Checks every field, each problem naming the
 * file and the field; {@link AppointmentSetup} copies a council's checked file into the database on its first start.
 */
@ApplicationScoped
public class AppointmentsFile implements CouncilFileSection<AppointmentsDefinition> {

    public static final String NAME = "appointments.yaml";
    static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    private volatile Map<String, AppointmentsDefinition> definitions = Map.of();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<AppointmentsDefinition> type() {
        return AppointmentsDefinition.class;
    }

    @Override
    public AppointmentsDefinition check(String council, AppointmentsDefinition file, Problems problems) {
        problems.matches(council, "service", file.service(), CODE, "a service code such as register-birth");
        problems.required(council, "phone", file.phone());
        if (file.window() != null) {
            problems.matches(council, "window.fromAnswer", file.window().fromAnswer(), CODE,
                    "the id of the form's date question, such as baby-date-of-birth");
            Integer days = file.window().days();
            if (days == null || days < 1 || days > 366) {
                problems.add(council, "window.days", "must be a number of days from 1 to 366, such as 42");
            }
        }
        checkClosures(council, "closures", file.closures(), problems);
        List<AppointmentsDefinition.Office> offices = file.offices() == null ? List.of() : file.offices();
        if (offices.isEmpty()) {
            problems.add(council, "offices", "is missing: list the register offices");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < offices.size(); i++) {
            AppointmentsDefinition.Office office = offices.get(i);
            String field = "offices[" + i + "]";
            problems.matches(council, field + ".id", office.id(), CODE, "lower-case words joined by hyphens, such as stafford");
            if (office.id() != null && !ids.add(office.id())) {
                problems.add(council, field + ".id", "'" + office.id() + "' is listed twice");
            }
            problems.required(council, field + ".name", office.name());
            problems.required(council, field + ".address", office.address());
            problems.required(council, field + ".openingTimes", office.openingTimes());
            checkRules(council, field, office.rules(), problems);
            checkClosures(council, field + ".closures", office.closures(), problems);
        }
        return file;
    }

    @Override
    public void use(Map<String, AppointmentsDefinition> sections) {
        definitions = sections;
    }

    /** The checked files read on this start, by council. */
    Map<String, AppointmentsDefinition> definitions() {
        return definitions;
    }

    /** A day's name as the files write it ("monday"), or null. */
    static DayOfWeek day(String name) {
        try {
            return name == null ? null : DayOfWeek.valueOf(name.trim().toUpperCase(Locale.UK));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static LocalTime time(String text) {
        try {
            return text != null && TIME.matcher(text).matches() ? LocalTime.parse(text) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void checkRules(String council, String office, List<AppointmentsDefinition.Rule> rules, Problems problems) {
        if (rules == null || rules.isEmpty()) {
            problems.add(council, office + ".rules", "is missing: the days and hours the office takes appointments");
            return;
        }
        Set<DayOfWeek> seen = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            AppointmentsDefinition.Rule rule = rules.get(i);
            String field = office + ".rules[" + i + "]";
            List<String> days = rule.days() == null ? List.of() : rule.days();
            if (days.isEmpty()) {
                problems.add(council, field + ".days", "is missing: days such as [monday, tuesday]");
            }
            for (String name : days) {
                DayOfWeek day = day(name);
                if (day == null) {
                    problems.add(council, field + ".days", "'" + name + "' is not a day: write monday to sunday");
                } else if (!seen.add(day)) {
                    problems.add(council, field + ".days", "'" + name + "' has a rule already: one rule a day");
                }
            }
            LocalTime opens = time(rule.opens());
            LocalTime closes = time(rule.closes());
            if (opens == null) {
                problems.add(council, field + ".opens", "must be a time such as \"09:00\"");
            }
            if (closes == null) {
                problems.add(council, field + ".closes", "must be a time such as \"16:30\"");
            }
            Integer minutes = rule.slotMinutes();
            if (minutes == null || minutes < 5 || minutes > 240) {
                problems.add(council, field + ".slotMinutes", "must be a number of minutes from 5 to 240, such as 30");
            } else if (opens != null && closes != null && opens.plusMinutes(minutes).isAfter(closes)) {
                problems.add(council, field + ".closes", "must be at least one slot (" + minutes + " minutes) after opens");
            }
            Integer registrars = rule.registrars();
            if (registrars == null || registrars < 1 || registrars > 20) {
                problems.add(council, field + ".registrars", "must be a number from 1 to 20: the places in each slot");
            }
        }
    }

    private static void checkClosures(String council, String field, List<AppointmentsDefinition.ClosureDays> closures,
                                      Problems problems) {
        List<AppointmentsDefinition.ClosureDays> all = closures == null ? List.of() : closures;
        for (int i = 0; i < all.size(); i++) {
            AppointmentsDefinition.ClosureDays closure = all.get(i);
            String at = field + "[" + i + "]";
            if (closure.from() == null) {
                problems.add(council, at + ".from", "is missing: the first day closed, such as 2026-12-24");
            }
            if (closure.to() == null) {
                problems.add(council, at + ".to", "is missing: the last day closed, such as 2026-12-24");
            } else if (closure.from() != null && closure.to().isBefore(closure.from())) {
                problems.add(council, at + ".to", "is before from: the last day closed comes after the first");
            }
            problems.required(council, at + ".reason", closure.reason());
        }
    }
}
