package uk.tierless.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.imports.ImportFailedException;
import uk.tierless.tenancy.TenantScope;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports a term's programme (docs/bookings.md, Classes): courses and classes are added or updated by their codes, in
 * one transaction. An import that looks wrong changes nothing: a missing column, a file not of the CSV's shape, or
 * more rows rejected than accepted is a 400 with the rejected rows by line.
 */
@ApplicationScoped
public class Programme {

    private static final Logger LOG = Logger.getLogger(Programme.class);

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager entityManager;

    public ProgrammeImported load(String council, Reader csv) {
        ProgrammeFile.Parsed parsed;
        try {
            parsed = ProgrammeFile.read(csv, rows -> LOG.infof("Programme import for %s: %d rows read", council, rows));
        } catch (ImportFailedException e) {
            throw ApiException.invalid(e.getMessage(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tenantScope.call(council, () -> apply(parsed));
    }

    private ProgrammeImported apply(ProgrammeFile.Parsed parsed) {
        Map<String, Course> courses = Course.<Course>listAll().stream().collect(Collectors.toMap(course -> course.code, Function.identity()));
        Map<String, CourseClass> classes = CourseClass.<CourseClass>listAll().stream()
                .collect(Collectors.toMap(taught -> taught.code, Function.identity()));
        Map<String, Long> taken = Classes.takenByClass(entityManager, null);
        List<ProgrammeImported.Rejected> rejected = new ArrayList<>(parsed.rejected().stream()
                .map(rejection -> new ProgrammeImported.Rejected(rejection.line(), rejection.reason())).toList());
        List<ProgrammeFile.ClassRow> accepted = new ArrayList<>();
        for (ProgrammeFile.ClassRow row : parsed.classes()) {
            CourseClass existing = classes.get(row.code());
            long placesTaken = existing == null ? 0 : taken.getOrDefault(row.code(), 0L);
            if (existing != null && !existing.course.code.equals(row.course()) && placesTaken > 0) {
                rejected.add(new ProgrammeImported.Rejected(row.line(), "class " + row.code() + " is a class of "
                        + existing.course.code + " with learners: it cannot move to another course"));
            } else if (row.capacity() < placesTaken) {
                rejected.add(new ProgrammeImported.Rejected(row.line(), "capacity " + row.capacity() + " is less than the "
                        + placesTaken + " places class " + row.code() + " has taken"));
            } else {
                accepted.add(row);
            }
        }
        rejected.sort((a, b) -> Long.compare(a.line(), b.line()));
        if (accepted.isEmpty() || rejected.size() > accepted.size()) {
            throw ApiException.invalid("The programme looks wrong: " + rejected.size() + " of its " + parsed.rows()
                    + " rows are rejected, so nothing was imported. Mend the rows named and import it again.",
                    rejected.stream().map(row -> new ApiError.FieldError("line " + row.line(), row.reason())).toList());
        }
        int[] counts = new int[4];
        for (ProgrammeFile.CourseRow row : parsed.courses().values()) {
            if (accepted.stream().noneMatch(taught -> taught.course().equals(row.code()))) {
                continue;
            }
            Course course = courses.get(row.code());
            counts[course == null ? 0 : 1]++;
            if (course == null) {
                course = new Course();
                course.code = row.code();
                courses.put(row.code(), course);
            }
            course.title = row.title();
            course.subject = row.subject();
            course.description = row.description();
            course.fee = row.fee();
            course.concessionFee = row.concessionFee();
            course.concessionRule = row.concessionRule();
            course.persist();
        }
        for (ProgrammeFile.ClassRow row : accepted) {
            CourseClass taught = classes.get(row.code());
            counts[taught == null ? 2 : 3]++;
            if (taught == null) {
                taught = new CourseClass();
                taught.code = row.code();
            }
            taught.course = courses.get(row.course());
            taught.venue = row.venue();
            taught.venuePostcode = row.venuePostcode();
            taught.startDate = row.start();
            taught.weeks = row.weeks();
            taught.day = row.day();
            taught.startsAt = row.startsAt();
            taught.endsAt = row.endsAt();
            taught.capacity = row.capacity();
            taught.registrationCloses = row.registrationCloses();
            taught.term = Term.of(row.start()).id();
            taught.persist();
        }
        return new ProgrammeImported(parsed.rows(), counts[0], counts[1], counts[2], counts[3], List.copyOf(rejected));
    }
}
