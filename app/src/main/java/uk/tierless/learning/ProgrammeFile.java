package uk.tierless.learning;

import uk.tierless.gazetteer.Postcode;
import uk.tierless.imports.CsvFile;
import uk.tierless.platform.Money;

import java.io.IOException;
import java.io.Reader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A term's programme as a CSV file (docs/bookings.md, Classes): one row per class, with its course's columns
 * repeated. Rows that are wrong are rejected by line; the file as a whole fails (an {@link ImportFailedException})
 * when a column is missing or the rows are not of the CSV's shape.
 */
final class ProgrammeFile {

    static final List<String> COLUMNS = List.of("course_code", "course_title", "subject", "description", "fee",
            "concession_fee", "concession_rule", "class_code", "venue", "venue_postcode", "start_date", "weeks", "day",
            "starts_at", "ends_at", "capacity", "registration_closes");
    private static final List<String> OPTIONAL = List.of("description", "fee", "concession_fee", "concession_rule", "day");
    private static final String CODE = "[A-Z0-9][A-Z0-9-]{0,39}";
    /** A progress line in the log every so many rows of a long file. */
    private static final int PROGRESS_EVERY = 1000;

    record CourseRow(String code, String title, String subject, String description, Long fee, Long concessionFee,
                     String concessionRule) {
    }

    record ClassRow(long line, String course, String code, String venue, String venuePostcode, LocalDate start, int weeks,
                    DayOfWeek day, LocalTime startsAt, LocalTime endsAt, int capacity, LocalDate registrationCloses) {
    }

    record Rejection(long line, String reason) {
    }

    record Parsed(long rows, Map<String, CourseRow> courses, List<ClassRow> classes, List<Rejection> rejected) {
    }

    private ProgrammeFile() {
    }

    static Parsed read(Reader reader, Consumer<Long> progress) throws IOException {
        CsvFile file = new CsvFile(reader, "a programme of classes with the columns " + String.join(", ", COLUMNS));
        for (String column : COLUMNS) {
            if (!OPTIONAL.contains(column)) {
                file.require("see docs/bookings.md, Classes", column);
            }
        }
        Map<String, CourseRow> courses = new LinkedHashMap<>();
        Map<String, Long> classLines = new LinkedHashMap<>();
        List<ClassRow> classes = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        long[] rows = {0};
        try {
            file.forEachRow((row, line) -> {
                if (++rows[0] % PROGRESS_EVERY == 0) {
                    progress.accept(rows[0]);
                }
                try {
                    CourseRow course = course(row);
                    CourseRow before = courses.putIfAbsent(course.code(), course);
                    if (before != null && !before.equals(course)) {
                        throw new RowRejected("course " + course.code() + " has other course columns than on an earlier line:"
                                + " give a course the same title, subject, description and fees on every row");
                    }
                    ClassRow taught = taught(row, line, course.code());
                    Long earlier = classLines.putIfAbsent(taught.code(), line);
                    if (earlier != null) {
                        throw new RowRejected("class " + taught.code() + " is on line " + earlier + " already");
                    }
                    classes.add(taught);
                } catch (RowRejected e) {
                    rejected.add(new Rejection(line, e.getMessage()));
                }
            });
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        courses.keySet().retainAll(classes.stream().map(ClassRow::course).toList());
        return new Parsed(rows[0], courses, classes, rejected);
    }

    private static CourseRow course(CsvFile.Row row) {
        String code = code(row, "course_code");
        Long fee = pence(row, "fee");
        Long concession = pence(row, "concession_fee");
        if (concession != null && fee == null) {
            throw new RowRejected("concession_fee is given for a free course: leave it empty, or give the fee");
        }
        if (concession != null && concession >= fee) {
            throw new RowRejected("concession_fee must be less than the fee");
        }
        String rule = row.get("concession_rule");
        if (concession != null && rule == null) {
            throw new RowRejected("concession_rule is missing: say who qualifies for the concession");
        }
        return new CourseRow(code, text(row, "course_title", 120), text(row, "subject", 60),
                row.get("description") == null ? "" : row.get("description"), fee, concession, concession == null ? null : rule);
    }

    private static ClassRow taught(CsvFile.Row row, long line, String course) {
        String code = code(row, "class_code");
        LocalDate start = date(row, "start_date");
        DayOfWeek day = start.getDayOfWeek();
        String named = row.get("day");
        if (named != null && !named.toUpperCase(Locale.ROOT).equals(day.name())) {
            throw new RowRejected("day " + named + " is not the day of start_date " + start + " (a " + label(day) + ")");
        }
        LocalTime startsAt = time(row, "starts_at");
        LocalTime endsAt = time(row, "ends_at");
        if (!endsAt.isAfter(startsAt)) {
            throw new RowRejected("ends_at " + endsAt + " is not after starts_at " + startsAt);
        }
        int weeks = whole(row, "weeks", 1, 52);
        LocalDate closes = date(row, "registration_closes");
        if (closes.isAfter(start.plusWeeks(weeks))) {
            throw new RowRejected("registration_closes " + closes + " is after the class ends");
        }
        Postcode postcode = Postcode.parse(text(row, "venue_postcode", 10))
                .orElseThrow(() -> new RowRejected("venue_postcode " + row.get("venue_postcode") + " is not a UK postcode"));
        return new ClassRow(line, course, code, text(row, "venue", 120), postcode.display(), start, weeks, day, startsAt,
                endsAt, whole(row, "capacity", 1, 1000), closes);
    }

    static String label(DayOfWeek day) {
        String name = day.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String text(CsvFile.Row row, String column, int longest) {
        String value = row.get(column);
        if (value == null) {
            throw new RowRejected(column + " is missing");
        }
        if (value.length() > longest) {
            throw new RowRejected(column + " is longer than " + longest + " characters");
        }
        return value;
    }

    private static String code(CsvFile.Row row, String column) {
        String value = text(row, column, 40).toUpperCase(Locale.ROOT);
        if (!value.matches(CODE)) {
            throw new RowRejected(column + " " + value + " is not a code (letters, digits and hyphens)");
        }
        return value;
    }

    private static Long pence(CsvFile.Row row, String column) {
        String value = row.get(column);
        if (value == null || value.equalsIgnoreCase("free") || value.replace("£", "").matches("0+(\\.0+)?")) {
            return null;
        }
        return Money.parse(value).stream().filter(amount -> amount > 0 && amount <= Money.LARGEST_PAYMENT).boxed()
                .findFirst().orElseThrow(() -> new RowRejected(column + " " + value + " is not an amount in pounds (such as 45.00)"));
    }

    private static LocalDate date(CsvFile.Row row, String column) {
        String value = text(row, column, 10);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RowRejected(column + " " + value + " is not a date as yyyy-mm-dd");
        }
    }

    private static LocalTime time(CsvFile.Row row, String column) {
        String value = text(row, column, 5);
        try {
            return LocalTime.parse(value.length() == 4 ? "0" + value : value);
        } catch (DateTimeParseException e) {
            throw new RowRejected(column + " " + value + " is not a time as hh:mm");
        }
    }

    private static int whole(CsvFile.Row row, String column, int least, int most) {
        String value = text(row, column, 6);
        try {
            int number = Integer.parseInt(value);
            if (number >= least && number <= most) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new RowRejected(column + " " + value + " is not a whole number from " + least + " to " + most);
    }

    private static final class RowRejected extends RuntimeException {
        RowRejected(String reason) {
            super(reason, null, false, false);
        }
    }
}
