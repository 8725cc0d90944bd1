package uk.tierless.routing;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import uk.tierless.gazetteer.PlaceQuery;

/** Public: which council runs a service where I am. */
@Path("/api/v1/routing")
@Produces(MediaType.APPLICATION_JSON)
public class RoutingResource {

    @Inject
    Router router;

    @GET
    public Responsibility route(@QueryParam("service") String service, @BeanParam PlaceQuery where) {
        return router.route(service, where);
    }
}
