package uk.tierless.tenancy;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilResource {

    @Inject
    CouncilDirectory councils;

    /** The member councils of every partnership. */
    @GET
    @Path("/councils")
    public List<CouncilView> members() {
        return councils.members();
    }

    @GET
    @Path("/councils/{slug}")
    public CouncilView council(@PathParam("slug") String slug) {
        return councils.require(slug);
    }

    @GET
    @Path("/partnerships")
    public List<PartnershipView> partnerships() {
        return councils.partnerships();
    }
}
