package uk.tierless.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.tierless.api.ApiException;
import uk.tierless.identity.Reach;
import uk.tierless.identity.Staff;
import uk.tierless.tenancy.CouncilDirectory;
import uk.tierless.tenancy.LogoImage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** A council's branding for its own tenant administrators: colour and welcome, and the logo (the body is the image). */
@Path("/api/v1/councils/{slug}")
@Produces(MediaType.APPLICATION_JSON)
public class BrandingAdminResource {

    @Inject
    CouncilDirectory councils;

    @Inject
    Reach reach;

    @Inject
    Branding branding;

    @GET
    @Path("branding")
    public Branding.BrandingView view(@PathParam("slug") String slug) {
        administrator(slug);
        return branding.of(slug);
    }

    @PUT
    @Path("branding")
    @Consumes(MediaType.APPLICATION_JSON)
    public Branding.BrandingView change(@PathParam("slug") String slug, Branding.BrandingChange change) {
        Staff admin = administrator(slug);
        if (change == null) {
            throw ApiException.invalid("Send the branding as {\"brandColour\": ..., \"welcome\": ...}.", List.of());
        }
        return branding.change(slug, change, admin.username());
    }

    /** The body is the image itself, PNG or JPEG, judged by its content whatever the Content-Type says. */
    @POST
    @Path("logo")
    @Consumes(MediaType.WILDCARD)
    public Branding.BrandingView logo(@PathParam("slug") String slug, InputStream body) {
        Staff admin = administrator(slug);
        try {
            // One byte more than allowed is enough to know it is too large, without reading the rest.
            return branding.replaceLogo(slug, body.readNBytes(LogoImage.MAX_BYTES + 1), admin.username());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The council's own tenant administrators; another council's address is a 403. */
    private Staff administrator(String slug) {
        councils.require(slug);
        Staff admin = reach.councilAdmin();
        if (!slug.equals(admin.council())) {
            throw ApiException.forbidden("Only this council's administrators can see or change its branding.");
        }
        return admin;
    }
}
