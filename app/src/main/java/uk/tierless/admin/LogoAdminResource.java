package uk.tierless.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.tierless.identity.Staff;
import uk.tierless.tenancy.LogoImage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A council's logo, for its own tenant administrators: the body is the image. */
@Path("/api/v1/councils/{slug}/logo")
@Produces(MediaType.APPLICATION_JSON)
public class LogoAdminResource {

    @Inject
    AdminReach reach;

    @Inject
    Branding branding;

    /** The body is the image itself, PNG or JPEG, judged by its content whatever the Content-Type says. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Branding.BrandingView logo(@PathParam("slug") String slug, InputStream body) {
        Staff admin = reach.ownCouncil(slug);
        try {
            // One byte more than allowed is enough to know it is too large, without reading the rest.
            return branding.replaceLogo(slug, body.readNBytes(LogoImage.MAX_BYTES + 1), admin.username());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
