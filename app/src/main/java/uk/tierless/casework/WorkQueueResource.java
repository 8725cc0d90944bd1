package uk.tierless.casework;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.tierless.api.ApiException;
import uk.tierless.api.PageRequest;
import uk.tierless.integration.IntegrationKeys;
import uk.tierless.photos.Photos;

import java.util.List;
import uk.tierless.api.ApiError;
import uk.tierless.requests.BackOfficeUpdates;
import uk.tierless.requests.WorkQueue;

/**
 * The work queue for staff (bearer token): the caller's council's requests, one request, and the events that move
 * it on. The council is the caller's own; another council's reference is a 404. A council's back office posts
 * events too, with its integration key in {@code Tierless-Key} instead of a token (docs/integration.md, Updates coming back).
 */
@Path("/api/v1/requests")
@Produces(MediaType.APPLICATION_JSON)
public class WorkQueueResource {

    @Inject
    WorkQueue queue;

    @Inject
    IntegrationKeys integrationKeys;

    @Inject
    BackOfficeUpdates backOfficeUpdates;

    @GET
    public WorkQueue.QueuePage list(@QueryParam("status") String status, @QueryParam("service") String service,
                                    @QueryParam("assignee") String assignee, @QueryParam("q") String q,
                                    @QueryParam("overdue") String overdue, @QueryParam("sort") String sort,
                                    @QueryParam("state") String state,
                                    @BeanParam PageRequest.Params paging) {
        if (overdue != null && !overdue.equals("true") && !overdue.equals("false")) {
            throw ApiException.invalid("The filters are not valid.",
                    List.of(new ApiError.FieldError("overdue", "overdue must be true or false")));
        }
        return queue.list(new WorkQueue.Filter(status, service, assignee, q, "true".equals(overdue), sort, state),
                paging.toRequest());
    }

    @GET
    @Path("/{reference}")
    public WorkQueue.Detail detail(@PathParam("reference") String reference) {
        return queue.detail(reference);
    }

    @POST
    @Path("/{reference}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("reference") String reference, @Context HttpHeaders headers, WorkQueue.Change change) {
        if (change == null) {
            throw ApiException.invalid("Send {status, publicNote, privateNote, assignee}: at least one of them.", List.of());
        }
        // An empty header is a key too (a wrong one), not a call without one.
        List<String> key = headers.getRequestHeader(IntegrationKeys.HEADER);
        if (key == null || key.isEmpty()) {
            return Response.status(Response.Status.CREATED).entity(queue.change(reference, change)).build();
        }
        // The council's back office: its key says which council, so another council's reference is a 404 here too.
        IntegrationKeys.Holder backOffice = integrationKeys.require(key.get(0),
                headers.getHeaderString(HttpHeaders.AUTHORIZATION));
        BackOfficeUpdates.Updated updated = backOfficeUpdates.update(backOffice.council(), backOffice.client(), reference, change);
        return Response.status(updated.applied() ? Response.Status.CREATED : Response.Status.OK).entity(updated.request()).build();
    }

    @GET
    @Path("/{reference}/photos/{photo}")
    @Produces({"image/jpeg", "image/png", "image/heic", MediaType.APPLICATION_JSON})
    public Response photo(@PathParam("reference") String reference, @PathParam("photo") String photo) {
        return photoResponse(queue.photo(reference, photo));
    }

    /** A request's photo as staff get it: its own type, never kept in a shared cache. */
    static Response photoResponse(Photos.Photo photo) {
        return Response.ok(photo.content(), photo.type().mediaType()).header("Cache-Control", "private, no-store").build();
    }
}
