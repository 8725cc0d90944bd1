package uk.tierless.learning;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.tenancy.CouncilDirectory;

import java.time.LocalDate;
import java.util.List;

/** The classes open for registration at a council, public: {@code GET /api/v1/classes?council=&subject=}. */
@Path("/api/v1/classes")
@Produces(MediaType.APPLICATION_JSON)
public class ClassesResource {

    /** free: places left (0: full, the next to register waits); fee: pence, null for a free class. */
    public record ClassSummary(String id, String course, String venue, LocalDate start, int weeks, int capacity, int free,
                               Long fee) {
    }

    @Inject
    Classes classes;

    @Inject
    CouncilDirectory councils;

    @GET
    public List<ClassSummary> list(@QueryParam("council") String council, @QueryParam("subject") String subject) {
        if (council == null || council.isBlank()) {
            throw ApiException.invalid("Say whose classes: council=worcestershire.",
                    List.of(new ApiError.FieldError("council", "council is required")));
        }
        councils.require(council);
        return classes.classes(council, subject == null || subject.isBlank() ? null : subject, null, null).stream()
                .map(taught -> new ClassSummary(taught.id(), taught.course(), taught.venue(), taught.start(), taught.weeks(),
                        taught.capacity(), taught.free(), taught.fee())).toList();
    }
}
