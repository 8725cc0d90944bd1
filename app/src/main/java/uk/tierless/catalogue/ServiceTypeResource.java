package uk.tierless.catalogue;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

@Path("/api/v1/service-types")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceTypeResource {

    @Inject
    ServiceCatalogue catalogue;

    @GET
    public List<ServiceTypeView> all() {
        return catalogue.all();
    }
}
