package uk.tierless.learning;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The address the tracking page links to for a place in a class, {@code /track/{token}/class}: the learner's page. */
@Path("/track/{token}/class")
public class TrackedClassLink {

    @GET
    public Response place(@PathParam("token") String token) {
        return Response.seeOther(URI.create(LearnerPages.href(token))).build();
    }
}
