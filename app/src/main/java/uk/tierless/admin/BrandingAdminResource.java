package uk.tierless.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.tierless.api.ApiException;
import uk.tierless.identity.Staff;

import java.util.List;

/**
 * A council's brand colour and welcome, for its own tenant administrators. Each API class has the full path of its
 * own endpoints: a class whose path is a prefix of another's would take that one's requests and answer 404.
 */
@Path("/api/v1/councils/{slug}/branding")
@Produces(MediaType.APPLICATION_JSON)
public class BrandingAdminResource {

    @Inject
    AdminReach reach;

    @Inject
    Branding branding;

    @GET
    public Branding.BrandingView view(@PathParam("slug") String slug) {
        reach.ownCouncil(slug);
        return branding.of(slug);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Branding.BrandingView change(@PathParam("slug") String slug, Branding.BrandingChange change) {
        Staff admin = reach.ownCouncil(slug);
        if (change == null) {
            throw ApiException.invalid("Send the branding as {\"brandColour\": ..., \"welcome\": ...}.", List.of());
        }
        return branding.change(slug, change, admin.username());
    }
}
