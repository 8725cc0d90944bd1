package uk.tierless.imports;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiError;
import uk.tierless.api.ApiException;
import uk.tierless.identity.Reach;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Data loads, for platform administrators: the file is the request body, streamed. */
@Path(ImportResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    /** The only routes allowed large request bodies (see {@link RequestSizeGuard}). */
    public static final String PATH = "/api/v1/admin/imports";

    @Inject
    Reach reach;

    @Inject
    ImportJobs jobs;

    @POST
    @Path("/{kind}")
    @Consumes(MediaType.WILDCARD)
    public Response start(@PathParam("kind") String kind, @QueryParam("source") String source,
                          @QueryParam("allowShrink") String allowShrink, InputStream file) {
        String admin = reach.platformAdmin().username();
        if (allowShrink != null && !allowShrink.equals("true") && !allowShrink.equals("false")) {
            throw ApiException.invalid("allowShrink is true or false.", List.of(new ApiError.FieldError("allowShrink",
                    "allowShrink must be true (the import may leave its dataset more than 10% smaller) or false")));
        }
        ImportJobView job = jobs.start(kind, source, "true".equals(allowShrink), file, admin);
        return Response.accepted(job).location(URI.create(PATH + "/" + job.id())).build();
    }

    @GET
    @Path("/{id}")
    public ImportJobView job(@PathParam("id") String id) {
        reach.platformAdmin();
        try {
            return jobs.find(UUID.fromString(id)).orElseThrow(() -> ApiException.notFound("There is no import job " + id + "."));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("There is no import job " + id + ".");
        }
    }
}
