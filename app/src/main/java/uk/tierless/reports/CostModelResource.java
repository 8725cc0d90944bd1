package uk.tierless.reports;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.tierless.identity.Staff;

/** A partnership's cost model, read and changed by its board (or a platform administrator). */
@Path("/api/v1/partnerships/{slug}/cost-model")
@Produces(MediaType.APPLICATION_JSON)
public class CostModelResource {

    @Inject
    ReportReach reach;

    @Inject
    CostModels costModels;

    @GET
    public CostModel get(@PathParam("slug") String slug) {
        reach.partnershipBoard(slug);
        return costModels.of(slug);
    }

    /** {@code {faceToFacePence, phonePence, onlinePence, avoidedCallPercent, source}}, every one needed. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public CostModel put(@PathParam("slug") String slug, CostModels.Change change) {
        Staff staff = reach.partnershipBoard(slug);
        return costModels.save(slug, change, staff.username());
    }
}
