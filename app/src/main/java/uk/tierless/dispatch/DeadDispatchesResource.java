package uk.tierless.dispatch;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** For a council's administrators: requests that could not be sent on to the council's system, and a retry. */
@Path("/api/v1/dispatches/dead")
@Produces(MediaType.APPLICATION_JSON)
public class DeadDispatchesResource {

    @Inject
    DeadDispatches deadDispatches;

    @GET
    public List<DeadDispatches.DeadDispatch> list() {
        return deadDispatches.list();
    }

    @POST
    @Path("/{id}/retry")
    public Response retry(@PathParam("id") String id) {
        deadDispatches.retry(id);
        return Response.accepted().build();
    }
}
