package uk.tierless.notifications;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** For a council's administrators: messages that could not be sent, and sending one again. */
@Path("/api/v1/outbox/dead")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLettersResource {

    @Inject
    DeadLetters deadLetters;

    @GET
    public List<DeadLetters.DeadLetter> list() {
        return deadLetters.list();
    }

    @POST
    @Path("/{id}/retry")
    public Response retry(@PathParam("id") String id) {
        deadLetters.retry(id);
        return Response.accepted().build();
    }
}
